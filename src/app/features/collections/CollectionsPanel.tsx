import { useCallback, useEffect, useMemo, useState } from 'react';
import { onSaveAsRequested, takePendingSaveAs } from '../../state/saveAsRequests';
import { useViewState } from '../../state/session/useViewState';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';
import { useNodes } from '../../storage';
import { CollectionTree } from './CollectionTree';
import { createCollection } from './collectionMutations';
import { NewContainerField } from './NewContainerField';
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

  const [naming, setNaming] = useState(false);
  const [filter, setFilter] = useState('');
  const collectionCount = nodes?.filter((n) => n.kind === 'collection').length ?? 0;
  const newCollection = async (name: string) => {
    const created = await createCollection(nodes ?? [], name);
    setExpanded(new Set([...expanded, created.id]));
    setNaming(false);
  };

  return (
    <div className="rl-panel rl-collections">
      <h2 className="rl-panel-title">Collections</h2>
      <div className="rl-toolbar">
        <button type="button" onClick={() => setNaming(true)} disabled={!nodes} aria-expanded={naming}>
          New collection
        </button>
        <button type="button" onClick={() => void save()} disabled={!nodes} title="Ctrl/Cmd+S">
          Save
        </button>
        <button type="button" onClick={() => setSaveAs(true)} disabled={!nodes}>
          Save as…
        </button>
      </div>
      {naming && <NewContainerField label="Name of the new collection" initial={`Collection ${collectionCount + 1}`} onCreate={newCollection} onCancel={() => setNaming(false)} />}
      {/* Always one line, so nothing below moves between the two clicks of a double-click (issue 12). */}
      <p className="rl-note rl-editing-note" title={savedNode ? savedNode.request.name : undefined}>
        {savedNode ? `Editing “${savedNode.request.name}”${tab.dirty ? ' (unsaved changes)' : ''}.` : 'This tab is not saved in a collection.'}
      </p>
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
      {nodes && nodes.length > 0 && (
        <label className="rl-field rl-tree-filter">
          <span>Filter collections</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="a name or part of a URL" />
        </label>
      )}
      {nodes ? <CollectionTree nodes={nodes} expanded={expanded} setExpanded={setExpanded} filter={filter} /> : <p className="rl-note">Loading collections…</p>}
      <UndoToast />
    </div>
  );
}
