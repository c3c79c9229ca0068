import { useMemo, useState, type KeyboardEvent } from 'react';
import FolderPlus from 'lucide-react/icons/folder-plus';
import Library from 'lucide-react/icons/library-big';
import type { StoredNode } from '../../../core/model';
import { createCollection, createFolder } from './collectionMutations';
import { containerRows, filterContainerRows } from './visibleRows';
import { NewContainerField } from './NewContainerField';

interface Props {
  /** The workspace's nodes; the picker adds what it creates until the list catches up. */
  nodes: readonly StoredNode[];
  exclude?: ReadonlySet<string>;
  selected: string;
  onSelect: (id: string) => void;
  /** Enter on an item: choose it and submit. */
  onChoose: () => void;
}

/**
 * Where a request goes: a searchable tree of collections and folders (WAI-ARIA tree, one tab stop,
 * full paths on hover and in search), with "New collection" and "New folder" that ask for a name.
 */
export function ContainerPicker(props: Props) {
  const [created, setCreated] = useState<StoredNode[]>([]);
  const [query, setQuery] = useState('');
  const [asking, setAsking] = useState<'collection' | 'folder' | null>(null);
  const nodes = useMemo(() => [...props.nodes, ...created.filter((c) => !props.nodes.some((n) => n.id === c.id))], [props.nodes, created]);
  const all = useMemo(() => containerRows(nodes, props.exclude), [nodes, props.exclude]);
  const { rows, matches } = filterContainerRows(all, query);
  const selectedNode = all.find((r) => r.node.id === props.selected)?.node;
  const index = rows.findIndex((r) => r.node.id === props.selected);

  const remember = (node: StoredNode) => {
    setCreated((list) => [...list, node]);
    setQuery('');
    setAsking(null);
    props.onSelect(node.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    let to = index;
    if (event.key === 'ArrowDown') to = Math.min(rows.length - 1, index + 1);
    else if (event.key === 'ArrowUp') to = Math.max(0, index - 1);
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = rows.length - 1;
    else if (event.key === 'ArrowLeft') to = Math.max(0, rows.findIndex((r) => r.node.id === rows[index]?.parentId));
    else if (event.key === 'Enter') {
      event.preventDefault();
      props.onChoose();
      return;
    } else return;
    event.preventDefault();
    const row = rows[to];
    if (!row) return;
    props.onSelect(row.node.id);
    const tree = event.currentTarget;
    requestAnimationFrame(() => tree.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
  };

  return (
    <div className="rl-picker">
      <label className="rl-field">
        <span>Find a collection or folder</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="name, or a path with /" />
      </label>
      <div role="tree" aria-label="Destination" className="rl-picker-tree" onKeyDown={onKeyDown}>
        {rows.map((r, i) => (
          <div
            key={r.node.id}
            role="treeitem"
            aria-level={r.level}
            aria-selected={r.node.id === props.selected}
            aria-expanded={r.hasChildren ? true : undefined}
            aria-description={query ? r.path : undefined}
            tabIndex={r.node.id === props.selected || (index < 0 && i === 0) ? 0 : -1}
            title={r.path}
            className="rl-picker-item"
            data-match={matches.has(r.node.id) || undefined}
            style={{ paddingLeft: `${(r.level - 1) * 16 + 6}px` }}
            onClick={() => props.onSelect(r.node.id)}
            onDoubleClick={props.onChoose}
          >
            {r.node.kind === 'collection' ? 'Collection' : 'Folder'}: {r.node.name}
            {query && r.parentId && <span className="rl-picker-path"> in {r.path.slice(0, r.path.length - r.node.name.length - 3)}</span>}
          </div>
        ))}
        {rows.length === 0 && <p className="rl-note">{all.length === 0 ? 'No collection yet: make one below.' : `Nothing is called “${query}”.`}</p>}
      </div>
      <div className="rl-toolbar">
        <button type="button" className="rl-toolbar-button" onClick={() => setAsking('collection')}>
          <Library size={16} aria-hidden="true" />
          <span>New collection</span>
        </button>
        <button type="button" className="rl-toolbar-button" disabled={!selectedNode} onClick={() => setAsking('folder')} title={selectedNode ? `A new folder in ${all.find((r) => r.node.id === props.selected)?.path ?? selectedNode.name}` : 'Choose where the folder goes first'}>
          <FolderPlus size={16} aria-hidden="true" />
          <span>New folder</span>
        </button>
      </div>
      {asking === 'collection' && (
        <NewContainerField
          label="Name of the new collection"
          initial="My collection"
          onCancel={() => setAsking(null)}
          onCreate={async (name) => remember(await createCollection(nodes, name))}
        />
      )}
      {asking === 'folder' && selectedNode && (
        <NewContainerField
          label={`Name of the new folder in ${selectedNode.name}`}
          initial="New folder"
          onCancel={() => setAsking(null)}
          onCreate={async (name) => remember(await createFolder(nodes, selectedNode, name))}
        />
      )}
    </div>
  );
}
