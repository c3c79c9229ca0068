import { useEffect } from 'react';
import { tabsStore, type TabEdit } from '../../state/tabsStore';
import { useLiveUnresolved } from '../../state/useLiveUnresolved';

/**
 * Asks before sending `{{variables}}` that have no value. The list follows the request as it is
 * now, not as it was at Send: a variable defined or removed since leaves it, and when none is
 * left the question goes away.
 */
export function UnresolvedConfirm(props: { tab: TabEdit; found: readonly string[]; onSendAnyway: () => void; onDismiss: () => void }) {
  const names = useLiveUnresolved(props.tab, props.found);
  const tabId = props.tab.id;
  const settled = names.length === 0;
  useEffect(() => {
    if (settled) tabsStore.setConfirmUnresolved(tabId, undefined);
  }, [settled, tabId]);
  if (settled) return null;
  const list = names.map((n) => `{{${n}}}`).join(', ');
  const one = names.length === 1;
  return (
    <div className="rl-confirm" role="alertdialog" aria-label="Unresolved variables" aria-describedby="rl-unresolved-text">
      <p id="rl-unresolved-text">
        {one ? 'This variable has' : 'These variables have'} no value: <code>{list}</code>. {one ? 'It' : 'They'} would be sent as
        typed. Define {one ? 'it' : 'them'} in an environment, or send anyway.
      </p>
      <button type="button" className="rl-primary" onClick={props.onSendAnyway} autoFocus>
        Send anyway
      </button>{' '}
      <button type="button" onClick={props.onDismiss}>
        Don't send
      </button>
    </div>
  );
}
