import type { SavedExample } from '../../../core/model';
import { ActionMenu } from '../../components/ActionMenu';
import type { TreeRow } from './visibleRows';

export type ExampleAction = 'open' | 'rename' | 'delete';

const ITEMS: { action: ExampleAction; label: string }[] = [
  { action: 'open', label: 'Open' },
  { action: 'rename', label: 'Rename' },
  { action: 'delete', label: 'Delete' },
];

const statusClass = (status: number | undefined) => (status && status >= 100 && status < 600 ? `rl-status-${String(status)[0]}xx` : '');

/** A saved example under its request: its status and name; opening it shows it as the response. */
export function ExampleItem(props: {
  row: TreeRow & { example: SavedExample };
  focused: boolean;
  renaming: boolean;
  menuOpen: boolean;
  onMenu: (open: boolean) => void;
  onAction: (action: ExampleAction) => void;
  onRename: (name: string | null) => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLLIElement>) => void;
}) {
  const { row, menuOpen } = props;
  const { example } = row;
  const status = example.status ? String(example.status) : '';
  return (
    <li
      role="treeitem"
      // The visible text (status, then name) starts the name, so axe's label-content-name-mismatch holds.
      aria-label={`${status ? `${status} ` : ''}${example.name}, example`}
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      data-node-id={example.id}
      tabIndex={props.focused ? 0 : -1}
      className="rl-tree-item rl-tree-example"
      style={{ paddingInlineStart: `${(row.level - 1) * 0.9 + 0.25}rem` }}
      onKeyDown={props.onKeyDown}
    >
      <div className="rl-tree-row">
        <span className={`rl-tree-method rl-example-status ${statusClass(example.status)}`}>{status || 'eg'}</span>
        {props.renaming ? (
          <input
            aria-label="Example name"
            autoFocus
            defaultValue={example.name}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') props.onRename(e.currentTarget.value);
              if (e.key === 'Escape') props.onRename(null);
            }}
            onBlur={(e) => props.onRename(e.currentTarget.value)}
          />
        ) : (
          <span className="rl-tree-name" title={`${example.name} (saved example)`} onClick={() => props.onAction('open')} onDoubleClick={() => props.onAction('rename')}>
            {example.name}
          </span>
        )}
        <button
          type="button"
          className="rl-tree-actions"
          aria-label={`Actions for example ${example.name}`}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          tabIndex={-1}
          onKeyDown={(e) => e.stopPropagation()}
          onClick={() => props.onMenu(!menuOpen)}
        >
          ⋯
        </button>
      </div>
      {menuOpen && <ActionMenu label={`Actions for example ${example.name}`} items={ITEMS} onAction={(a) => { props.onMenu(false); props.onAction(a); }} onClose={() => props.onMenu(false)} />}
    </li>
  );
}
