import type { MultipartField, RequestModel } from '../../../../core/model';
import { EditableTable, type EditableColumn } from '../../../components/editableTable/EditableTable';
import { FilePicker } from '../../../components/FilePicker';

type Update = (r: (req: RequestModel) => RequestModel) => void;

const blankField = (id: string): MultipartField => ({ id, key: '', enabled: true, kind: 'text', value: '' });
const isEmptyField = (f: MultipartField) => f.key === '' && f.value === '' && f.kind === 'text' && !f.file && !f.contentType;
const fieldName = (f: MultipartField, i: number) => f.key || `field ${i + 1}`;

const columns: EditableColumn<MultipartField>[] = [
  {
    header: 'Name',
    cell: (f, { index, isDraft, update }) => (
      <input
        aria-label={isDraft ? 'New field name' : `Field name ${index + 1}`}
        placeholder={isDraft ? 'Add field' : undefined}
        value={f.key}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => update({ key: e.target.value })}
      />
    ),
  },
  {
    header: 'Kind',
    cell: (f, { index, isDraft, update }) => (
      <select aria-label={isDraft ? 'New field kind' : `Field kind ${index + 1}`} value={f.kind} onChange={(e) => update({ kind: e.target.value as 'text' | 'file' })}>
        <option value="text">Text</option>
        <option value="file">File</option>
      </select>
    ),
  },
  {
    header: 'Value',
    cell: (f, { index, isDraft, update }) =>
      f.kind === 'text' ? (
        <input
          aria-label={isDraft ? 'New field value' : `Field value ${index + 1}`}
          value={f.value}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => update({ value: e.target.value })}
        />
      ) : (
        <FilePicker label={`File for ${fieldName(f, index)}`} file={f.file} onPick={(file) => update({ file })} />
      ),
  },
  {
    header: 'Content-Type',
    cell: (f, { index, isDraft, update }) => (
      <input
        aria-label={isDraft ? 'New field content type' : `Field content type ${index + 1}`}
        value={f.contentType ?? ''}
        placeholder={f.kind === 'file' ? f.file?.type || 'auto' : 'none'}
        list="rl-media-types"
        autoComplete="off"
        onChange={(e) => update({ contentType: e.target.value || undefined })}
      />
    ),
  },
];

/** multipart/form-data fields: text or file, each with an optional Content-Type of its own. */
export function MultipartTable({ request, update }: { request: RequestModel; update: Update }) {
  return (
    <EditableTable
      label="Multipart fields"
      rows={request.body.multipart}
      onChange={(multipart) => update((r) => ({ ...r, body: { ...r.body, multipart } }))}
      columns={columns}
      blank={blankField}
      isEmpty={isEmptyField}
      rowName={fieldName}
      toggle
    />
  );
}
