import type { FileRef } from '../../core/model';
import { formatBytes } from '../../core/format';
import { hasFile, putFile } from '../state/fileStore';

export interface FilePickerProps {
  label: string;
  file?: FileRef;
  onPick: (ref: FileRef | undefined) => void;
}

/** A file input that keeps the bytes in the page's file store and the FileRef in the model. */
export function FilePicker({ label, file, onPick }: FilePickerProps) {
  const missing = file && !hasFile(file);
  return (
    <span className="rl-filepicker">
      <input
        type="file"
        aria-label={label}
        onChange={(e) => {
          const f = e.target.files?.[0];
          onPick(f ? putFile(f) : undefined);
        }}
      />
      {file && (
        <span className={missing ? 'rl-error-text' : 'rl-note'}>
          {file.name} ({formatBytes(file.size)}){missing ? ' — pick it again: files are kept only while the page is open' : ''}
        </span>
      )}
    </span>
  );
}
