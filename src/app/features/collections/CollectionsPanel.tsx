import { useCallback, useEffect, useMemo, useState } from 'react';
import { onSaveAsRequested, takePendingSaveAs } from '../../state/saveAsRequests';
import { useViewState } from '../../state/session/useViewState';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';
import { useNodes } from '../../storage';
import { CollectionTree } from './CollectionTree';
import { createCollection } from './collectionMutations';
import { SaveAsDialog } from './SaveAsDialog';
import { SaveConflictDialog } from './SaveConflictDialog';
import { UndoToast } from './UndoToast';
import { useSaveActiveTab } from './useSaveActiveTab';

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Collections in the sidebar, with Save / Save as for the request being edited. */
export function CollectionsPanel() {
  const nodes = useNodes();
  const [expandedIds, setExpandedIds] = useViewState('collections.expanded', isStringList, []);
  const expanded = useMemo(() => new Set(expandedIds), [expandedIds]);
  const setExpanded = useCallback((next: ReadonlySet<string>) => setExpandedIds([...next]), [setExpandedIds]);
  const [saveAs, setSaveAs] = useState(false);
  const askWhere = useCallback(() => setSaveAs(true), []);
  const { save, tab, savedNode, conflict, closeConflict } = useSaveActiveTab(nodes, askWhere);
  // "Save to collection" from a history entry: it opened in a tab, which is now the active one.
  useEffect(() => {
    const take = () => {
      if (takePendingSaveAs() === tabsStore.getState().activeId) setSaveAs(true);
    };
    take();
    return onSaveAsRequested(take);
  }, []);

  const newCollection = async () => {
    const count = nodes?.filter((n) => n.kind === 'collection').length ?? 0;
    const id = await createCollection(nodes ?? [], `Collection ${count + 1}`).catch(() => null);
    if (id) setExpanded(new Set([...expanded, id]));
  };

  return (
    <div className="rl-panel rl-collections">
      <h2 className="rl-panel-title">Collections</h2>
      <div className="rl-toolbar">
        <button type="button" onClick={() => void newCollection()} disabled={!nodes}>
          New collection
        </button>
        <button type="button" onClick={() => void save()} disabled={!nodes} title="Ctrl/Cmd+S">
          Save
        </button>
        <button type="button" onClick={() => setSaveAs(true)} disabled={!nodes}>
          Save as…
        </button>
      </div>
      {savedNode && <p className="rl-note">Editing “{savedNode.request.name}”{tab.dirty ? ' (unsaved changes)' : ''}.</p>}
      {savedNode && tab.savedElsewhere && (
        <p className="rl-note" role="status">
          Saved in another window since you opened it. Save shows both changes and lets you choose.
        </p>
      )}
      {conflict && conflict.tabId === tab.id && nodes && <SaveConflictDialog conflict={conflict} nodes={nodes} onClose={closeConflict} />}
      {saveAs && nodes && (
        <SaveAsDialog
          nodes={nodes}
          request={tab.request}
          defaultParentId={savedNode?.parentId ?? undefined}
          onClose={() => setSaveAs(false)}
          onSaved={(saved, nodeId, parentId) => {
            tabsStore.markSaved(tab.id, saved, { kind: SAVED_REQUEST_ORIGIN, id: nodeId });
            const ancestors = new Set(expanded);
            for (let id: string | null = parentId; id; id = nodes.find((n) => n.id === id)?.parentId ?? null) ancestors.add(id);
            setExpanded(ancestors);
          }}
        />
      )}
      {nodes ? <CollectionTree nodes={nodes} expanded={expanded} setExpanded={setExpanded} /> : <p className="rl-note">Loading collections…</p>}
      <UndoToast />
    </div>
  );
}
