import { useEffect, useRef } from 'react';
import type { StoredNode } from '../../../core/model';
import { nodeName } from '../../../core/workspace';

export type NodeAction = 'rename' | 'duplicate' | 'delete' | 'newFolder' | 'newRequest' | 'moveUp' | 'moveDown' | 'moveTo' | 'details';

const LABELS: Record<NodeAction, string> = {
  newRequest: 'New request',
  newFolder: 'New folder',
  rename: 'Rename',
  duplicate: 'Duplicate',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveTo: 'Move to…',
  details: 'Description, auth and variables',
  delete: 'Delete',
};

/** The actions of one tree item, as a menu (arrow keys move, Esc closes). */
export function NodeMenu(props: { node: StoredNode; onAction: (action: NodeAction) => void; onClose: () => void }) {
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);
  const actions = (Object.keys(LABELS) as NodeAction[]).filter(
    (a) => props.node.kind !== 'request' || (a !== 'newFolder' && a !== 'newRequest'),
  );
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') props.onClose();
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <ul role="menu" aria-label={`Actions for ${nodeName(props.node)}`} className="rl-menu" ref={ref} onKeyDown={onKeyDown}>
      {actions.map((a) => (
        <li key={a} role="none">
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => props.onAction(a)}>
            {LABELS[a]}
          </button>
        </li>
      ))}
    </ul>
  );
}
