import { lazy, Suspense, useState } from 'react';

const CodePanel = lazy(async () => ({ default: (await import('./CodePanel')).CodePanel }));

/** "Code" and "Copy as cURL" next to Send; the generators load only when used. */
export function RequestTools({ tabId }: { tabId: string }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<{ alert: boolean; text: string } | null>(null);

  const copyCurl = async () => {
    setNote(null);
    try {
      const { copyAsCurl } = await import('./copyAsCurl');
      await copyAsCurl(tabId);
      setNote({ alert: false, text: 'Copied as cURL (secret variables kept as {{name}}).' });
    } catch (e) {
      setNote({ alert: true, text: `Could not copy as cURL: ${e instanceof Error ? e.message : String(e)}` });
    }
    setTimeout(() => setNote(null), 6000);
  };

  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} title="Code that sends this request">
        Code
      </button>
      <button type="button" onClick={() => void copyCurl()}>
        Copy as cURL
      </button>
      {note && (
        <span role={note.alert ? 'alert' : 'status'} className={note.alert ? 'rl-error-text' : 'rl-note'}>
          {note.text}
        </span>
      )}
      {open && (
        <Suspense fallback={null}>
          <CodePanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
