import SendHorizontal from 'lucide-react/icons/send-horizontal';
import { pageOrigin } from '../../state/prepareContext';
import { tabsStore } from '../../state/tabsStore';

/** Before the first send: what will appear here, and one real URL to start with. */
export function IdleState() {
  const origin = pageOrigin();
  const tryUrl = origin ? `${origin}/sandbox/anything` : null;
  return (
    <div className="rl-idle">
      <SendHorizontal className="rl-idle-icon" aria-hidden size={28} />
      <p>No response yet.</p>
      <p className="rl-muted">
        Type a URL and press <kbd>Send</kbd> (or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>). The status, headers, body, cookies and
        timing will appear here.{' '}
        {tryUrl && (
          <>
            Try{' '}
            <button
              type="button"
              className="rl-link"
              aria-label={`Use ${tryUrl} as the URL`}
              onClick={() => {
                const { activeId } = tabsStore.getState();
                tabsStore.updateRequest(activeId, (r) => ({ ...r, url: tryUrl, params: [] }));
                document.querySelector<HTMLInputElement>('input[aria-label="URL"]')?.focus();
              }}
            >
              <code>{tryUrl}</code>
            </button>{' '}
            to see your own request echoed back (a URL that starts with <code>/</code> goes to this server too).
          </>
        )}
      </p>
      {origin && (
        <p className="rl-idle-learn">
          New to HTTP? <a href="#/learn">Learn it by doing</a>: thirteen short lessons on this server's sandbox, with the Python beside every step.
        </p>
      )}
    </div>
  );
}
