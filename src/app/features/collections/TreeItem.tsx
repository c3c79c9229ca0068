import { useState } from 'react';
import type { StoredNode } from '../../../core/model';
import { nodeName } from '../../../core/workspace';
import { NodeMenu, type NodeAction } from './NodeMenu';
import type { TreeRow } from './visibleRows';
import { MethodBadge } from '../../components/MethodBadge';

export type DropPlace = 'before' | 'inside' | 'after';

/** One row of the collections tree: name, expand toggle, drag handle (the row) and its actions menu. */
export function TreeItem(props: {
  row: TreeRow;
  renaming: boolean;
  /** The row that takes Tab focus (roving tabindex). */
  focused: boolean;
  menuOpen: boolean;
  onMenu: (open: boolean) => void;
  onToggle: () => void;
  onOpen: () => void;
  onAction: (action: NodeAction) => void;
  onRename: (name: string | null) => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLLIElement>) => void;
  onDrop: (draggedId: string, place: DropPlace) => void;
}) {
  const { row } = props;
  const node: StoredNode = row.node;
  const name = nodeName(node);
  const { menuOpen } = props;
  const setMenuOpen = props.onMenu;
  const [dropPlace, setDropPlace] = useState<DropPlace | null>(null);
  const isContainer = node.kind !== 'request';
  // A request with saved examples opens and folds like a folder; the examples are its children.
  const expandable = isContainer || row.childCount > 0;

  const placeFor = (e: React.DragEvent<HTMLElement>): DropPlace => {
    const box = e.currentTarget.getBoundingClientRect();
    const y = (e.clientY - box.top) / Math.max(1, box.height);
    if (y < 0.3) return 'before';
    if (y > 0.7 && !isContainer) return 'after';
    return isContainer ? 'inside' : y < 0.5 ? 'before' : 'after';
  };

  return (
    <li
      role="treeitem"
      aria-label={name}
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={expandable ? row.expanded : undefined}
      data-node-id={node.id}
      tabIndex={props.focused ? 0 : -1}
      draggable={!props.renaming}
      className={`rl-tree-item rl-tree-${node.kind}${dropPlace ? ` rl-drop-${dropPlace}` : ''}`}
      style={{ paddingInlineStart: `${(row.level - 1) * 0.9 + 0.25}rem` }}
      onKeyDown={props.onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.setData('application/x-reqlab-node', node.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('application/x-reqlab-node')) return;
        e.preventDefault();
        setDropPlace(placeFor(e));
      }}
      onDragLeave={() => setDropPlace(null)}
      onDrop={(e) => {
        e.preventDefault();
        setDropPlace(null);
        const dragged = e.dataTransfer.getData('application/x-reqlab-node');
        if (dragged && dragged !== node.id) props.onDrop(dragged, placeFor(e));
      }}
    >
      <div className="rl-tree-row">
        {expandable && (
          <button type="button" className="rl-tree-toggle" tabIndex={-1} aria-hidden="true" onClick={props.onToggle}>
            {row.expanded ? '▾' : '▸'}
          </button>
        )}
        {node.kind === 'request' && <MethodBadge method={node.request.method} className="rl-tree-method" />}
        {props.renaming ? (
          <input
            aria-label="Name"
            autoFocus
            defaultValue={name}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') props.onRename(e.currentTarget.value);
              if (e.key === 'Escape') props.onRename(null);
            }}
            onBlur={(e) => props.onRename(e.currentTarget.value)}
          />
        ) : (
          <span className="rl-tree-name" title={name} onClick={isContainer ? props.onToggle : props.onOpen} onDoubleClick={() => props.onAction('rename')}>
            {name}
          </span>
        )}
        <button
          type="button"
          className="rl-tree-actions"
          aria-label={`Actions for ${name}`}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          // Not a second tab stop: the keyboard opens the menu with Shift+F10 or the menu key on the item.
          tabIndex={-1}
          onKeyDown={(e) => e.stopPropagation()}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          ⋯
        </button>
      </div>
      {menuOpen && (
        <NodeMenu
          node={node}
          onClose={() => setMenuOpen(false)}
          onAction={(a) => {
            setMenuOpen(false);
            props.onAction(a);
          }}
        />
      )}
    </li>
  );
}
