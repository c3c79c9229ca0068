import { useRef, useState } from 'react';
import { requestRun } from '../../state/runRequests';
import type { StoredNode } from '../../../core/model';
import { childrenByParent, nodeName } from '../../../core/workspace';
import { createFolder, createRequest, deleteNode, duplicateNode, moveBy, moveTo, renameNode } from './collectionMutations';
import { MoveToDialog } from './MoveToDialog';
import { NodeDetails } from './NodeDetails';
import type { NodeAction } from './NodeMenu';
import { openSavedExample, openSavedRequest } from './openInTab';
import { ExampleItem, type ExampleAction } from './ExampleItem';
import { deleteExample, renameExample } from './exampleMutations';
import { TreeItem, type DropPlace } from './TreeItem';
import { treeKeyCommand } from './treeKeys';
import { filterTree, rowId, visibleRows, type TreeRow } from './visibleRows';

/** The collections as a tree: open, rename, reorder (drag and drop, Alt+↑/↓, Move to…), delete with undo. */
export function CollectionTree(props: { nodes: StoredNode[]; expanded: ReadonlySet<string>; setExpanded: (next: Set<string>) => void; filter?: string }) {
  const { nodes, expanded } = props;
  const filtered = filterTree(nodes, props.filter ?? '');
  // While filtering, the folders on the way to each match are open as well.
  const rows = filtered ? visibleRows(filtered.nodes, new Set([...expanded, ...filtered.open])) : visibleRows(nodes, expanded);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const focusable = rows.some((r) => rowId(r) === focusedId) ? focusedId : rows[0] ? rowId(rows[0]) : null;

  const setOpen = (id: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(id);
    else next.delete(id);
    props.setExpanded(next);
  };
  const focusRow = (id: string) => {
    setFocusedId(id);
    requestAnimationFrame(() => treeRef.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus());
  };

  const act = async (node: StoredNode, action: NodeAction) => {
    setMenuFor(null);
    switch (action) {
      case 'rename':
        setRenamingId(node.id);
        return;
      case 'duplicate':
        return duplicateNode(nodes, node.id);
      case 'delete':
        return deleteNode(nodes, node.id);
      case 'newFolder': {
        const folder = await createFolder(nodes, node, 'New folder');
        setOpen(node.id, true);
        setRenamingId(folder.id);
        return;
      }
      case 'newRequest': {
        const request = await createRequest(nodes, node);
        setOpen(node.id, true);
        openSavedRequest(request);
        return;
      }
      case 'moveUp':
      case 'moveDown':
        await moveBy(nodes, node.id, action === 'moveUp' ? -1 : 1);
        focusRow(node.id);
        return;
      case 'moveTo':
        setMovingId(node.id);
        return;
      case 'details':
        setDetailsId(node.id);
        return;
      case 'run':
        requestRun(node.kind === 'folder' ? { collectionId: node.collectionId, folderId: node.id } : { collectionId: node.collectionId });
        return;
    }
  };
  const run = (node: StoredNode, action: NodeAction) => void act(node, action).catch(() => undefined);

  const actOnExample = (row: TreeRow, action: ExampleAction | NodeAction) => {
    setMenuFor(null);
    const { node, example } = row;
    if (!example || node.kind !== 'request') return;
    if (action === 'open') openSavedExample(node.request, example);
    else if (action === 'rename') setRenamingId(example.id);
    else if (action === 'delete') {
      const at = rows.indexOf(row);
      const neighbour = rows[at + 1]?.example ? rows[at + 1] : rows[at - 1];
      void deleteExample(node, example.id).then(() => neighbour && focusRow(rowId(neighbour)), () => undefined);
    }
  };

  const onDrop = (targetId: string, draggedId: string, place: DropPlace) => {
    const target = nodes.find((n) => n.id === targetId);
    const dragged = nodes.find((n) => n.id === draggedId);
    if (!target || !dragged) return;
    if (place === 'inside' && target.kind !== 'request') {
      void moveTo(nodes, draggedId, target.id, childrenByParent(nodes).get(target.id)?.length ?? 0).catch(() => undefined);
      setOpen(target.id, true);
      return;
    }
    const siblings = (childrenByParent(nodes).get(target.parentId) ?? []).filter((n) => n.id !== draggedId);
    const at = siblings.findIndex((n) => n.id === target.id) + (place === 'after' ? 1 : 0);
    void moveTo(nodes, draggedId, target.parentId, at).catch(() => undefined);
  };

  const onKeyDown = (index: number) => (e: React.KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    const row = rows[index];
    if (!row) return;
    const command = treeKeyCommand(e, row.expanded, !row.example && row.node.kind !== 'request', !row.example && (row.node.kind !== 'request' || row.childCount > 0));
    if (!command) return;
    e.preventDefault();
    if (command.kind === 'focus') {
      const target =
        command.to === 'prev'
          ? rows[index - 1]
          : command.to === 'next'
            ? rows[index + 1]
            : command.to === 'first'
              ? rows[0]
              : command.to === 'last'
                ? rows[rows.length - 1]
                : rows.find((r) => !r.example && r.node.id === (row.example ? row.node.id : row.node.parentId));
      if (target) focusRow(rowId(target));
    } else if (row.example) {
      if (command.kind === 'open') actOnExample(row, 'open');
      else if (command.kind === 'menu') setMenuFor(row.example.id);
      else if (command.kind === 'action' && (command.action === 'rename' || command.action === 'delete')) actOnExample(row, command.action);
    } else if (command.kind === 'expand' || command.kind === 'collapse') setOpen(row.node.id, command.kind === 'expand');
    else if (command.kind === 'open' && row.node.kind === 'request') openSavedRequest(row.node.request);
    else if (command.kind === 'menu') setMenuFor(row.node.id);
    else if (command.kind === 'action') run(row.node, command.action);
  };

  const moving = nodes.find((n) => n.id === movingId);
  const details = nodes.find((n) => n.id === detailsId);
  return (
    <>
      {filtered && (
        <p className="rl-note" role="status">
          {filtered.matches === 0 ? `Nothing is called “${props.filter?.trim()}”.` : `${filtered.matches} ${filtered.matches === 1 ? 'item matches' : 'items match'}.`}
        </p>
      )}
      {rows.length === 0 ? (
        !filtered && <p className="rl-note">No collections yet. Create one, or save the current request.</p>
      ) : (
        <ul role="tree" aria-label="Collections" className="rl-tree" ref={treeRef}>
          {rows.map((row, i) =>
            row.example ? (
              <ExampleItem
                key={row.example.id}
                row={{ ...row, example: row.example }}
                focused={row.example.id === focusable}
                renaming={renamingId === row.example.id}
                menuOpen={menuFor === row.example.id}
                onMenu={(open) => setMenuFor(open && row.example ? row.example.id : null)}
                onAction={(a) => actOnExample(row, a)}
                onRename={(name) => {
                  setRenamingId(null);
                  const trimmed = name?.trim();
                  const { node, example } = row;
                  if (example && node.kind === 'request' && trimmed && trimmed !== example.name) void renameExample(node, example.id, trimmed).catch(() => undefined);
                  if (example) focusRow(example.id);
                }}
                onKeyDown={onKeyDown(i)}
              />
            ) : (
            <TreeItem
              key={row.node.id}
              row={row}
              focused={row.node.id === focusable}
              renaming={renamingId === row.node.id}
              menuOpen={menuFor === row.node.id}
              onMenu={(open) => setMenuFor(open ? row.node.id : null)}
              onToggle={() => setOpen(row.node.id, !row.expanded)}
              onOpen={() => row.node.kind === 'request' && openSavedRequest(row.node.request)}
              onAction={(a) => run(row.node, a)}
              onRename={(name) => {
                setRenamingId(null);
                const trimmed = name?.trim();
                if (trimmed && trimmed !== nodeName(row.node)) void renameNode(row.node, trimmed).catch(() => undefined);
                focusRow(row.node.id);
              }}
              onKeyDown={onKeyDown(i)}
              onDrop={(dragged, place) => onDrop(row.node.id, dragged, place)}
            />
            ),
          )}
        </ul>
      )}
      {moving && <MoveToDialog nodes={nodes} node={moving} onClose={() => setMovingId(null)} />}
      {details && <NodeDetails key={details.id} node={details} onClose={() => setDetailsId(null)} />}
    </>
  );
}
