import { lazy, Suspense, useState } from 'react';
import ClipboardCopy from 'lucide-react/icons/clipboard-copy';
import CodeXml from 'lucide-react/icons/code-xml';
import './requestTools.css';

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
    <span className="rl-request-tools">
      <button type="button" className="rl-icon-text" aria-expanded={open} onClick={() => setOpen(!open)} title="Code that sends this request">
        <CodeXml size={14} aria-hidden="true" />
        <span className="rl-request-tool-label">Code</span>
      </button>
      <button type="button" className="rl-icon-text" onClick={() => void copyCurl()} title="Copy as cURL">
        <ClipboardCopy size={14} aria-hidden="true" />
        <span className="rl-request-tool-label">Copy as cURL</span>
      </button>
      {/* Always in the page, so it is announced; it floats below the buttons instead of taking
          room from the URL field in the row. A live region without the status role, so the request's
          own notices stay its only status. */}
      <span aria-live="polite" className="rl-request-tools-note rl-popover rl-note">
        {note && !note.alert ? note.text : ''}
      </span>
      {note?.alert && (
        <span role="alert" className="rl-request-tools-note rl-popover rl-error-text">
          {note.text}
        </span>
      )}
      {open && (
        <Suspense fallback={null}>
          <CodePanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </span>
  );
}
