import { useRef, useState } from 'react';
import { ownRequestName, type HistoryHead } from '../../../core/model';
import { formatBytes, formatClock, formatDuration } from '../../../core/format';
import { historyUrlParts } from '../../../core/workspace';
import { ActionMenu } from '../../components/ActionMenu';
import { MethodBadge } from '../../components/MethodBadge';

export type HistoryAction = 'open' | 'resend' | 'save' | 'compareSelect' | 'compareWith' | 'delete';

function statusText(head: HistoryHead): string {
  if (head.status !== undefined) return String(head.status);
  return head.errorCode ? head.errorCode.toLowerCase().replace(/_/g, ' ') : 'no response';
}

/** A path with break opportunities after its separators, so a long one wraps between segments. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[/?&])/);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </span>
      ))}
    </>
  );
}

/**
 * One history entry on two lines: method, name (or path and query), status; then the host (faded),
 * the path when a name took the first line, time, duration and size. The full URL is the title.
 * The line opens the whole exchange in a new tab; the other actions are in one menu (→ or Shift+F10).
 */
export function HistoryItem(props: { head: HistoryHead; comparing: HistoryHead | null; tabbable: boolean; onFocus: () => void; onAction: (action: HistoryAction) => void }) {
  const { head, comparing } = props;
  const [menuOpen, setMenuOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const { host, path } = historyUrlParts(head.url);
  const cls = head.status === undefined ? 'err' : `${Math.floor(head.status / 100)}xx`;
  const method = head.method.toUpperCase();
  const name = ownRequestName(head.name);
  const title = name || path;
  const items: { action: HistoryAction; label: string }[] = [
    { action: 'open', label: 'Open in a new tab' },
    { action: 'resend', label: 'Send again' },
    { action: 'save', label: 'Save to collection…' },
    comparing && comparing.id !== head.id
      ? { action: 'compareWith', label: `Compare with ${comparing.method} ${historyUrlParts(comparing.url).path} (${formatClock(comparing.createdAt)})` }
      : { action: 'compareSelect', label: 'Select for compare' },
    { action: 'delete', label: 'Delete' },
  ];
  return (
    <div className={`rl-history-item${comparing?.id === head.id ? ' rl-history-selected' : ''}`} role="listitem">
      <div className="rl-history-row">
        <button type="button" className="rl-history-main" tabIndex={props.tabbable ? 0 : -1} onFocus={props.onFocus} title={`${head.method} ${head.url}`} onClick={() => props.onAction('open')}>
          <span className="rl-history-line">
            <MethodBadge method={method} className="rl-history-method" />
            <span className="rl-history-title">{name ? title : <Breakable text={path} />}</span>
            <span className={`rl-history-status rl-status-${cls}`}>{statusText(head)}</span>
          </span>
          <span className="rl-history-line rl-history-meta">
            <span className="rl-history-host">{host}</span>
            {name && <span className="rl-history-path">{path}</span>}
            <span className="rl-history-figures">
              {[formatClock(head.createdAt), head.durationMs !== undefined ? formatDuration(head.durationMs) : '', head.responseSize !== undefined ? formatBytes(head.responseSize) : ''].filter(Boolean).join(' · ')}
            </span>
          </span>
        </button>
        <button
          type="button"
          ref={moreButton}
          className="rl-history-more"
          tabIndex={-1}
          aria-label={`Actions for ${head.method} ${title}`}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          title="More actions"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          ⋯
        </button>
      </div>
      {menuOpen && (
        <ActionMenu
          label={`Actions for ${head.method} ${title}`}
          items={items}
          onClose={() => {
            setMenuOpen(false);
            moreButton.current?.focus();
          }}
          onAction={(action) => {
            setMenuOpen(false);
            props.onAction(action);
          }}
        />
      )}
    </div>
  );
}
