import { setPasteNote, usePasteNote } from './pasteNotes';

/** Shown under the URL bar after a cURL paste: the flags that were not brought over, by name. */
export function PasteNote({ tabId }: { tabId: string }) {
  const note = usePasteNote(tabId);
  if (!note) return null;
  return (
    <div role={note.kind === 'error' ? 'alert' : 'status'} className={note.kind === 'error' ? 'rl-error-text rl-paste-note' : 'rl-note rl-paste-note'}>
      <span>{note.text}</span>
      {note.details.length > 0 && (
        <ul>
          {note.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => setPasteNote(tabId, null)}>
        Dismiss
      </button>
    </div>
  );
}
