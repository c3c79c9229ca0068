import { useState } from 'react';
import { WORKSPACE_SCHEMA_VERSION, type RequestModel, type StoredNode } from '../../../core/model';
import { containerOptions } from './visibleRows';
import { createCollection, saveRequestAs } from './collectionMutations';

/** Save the tab's request as a new item in a collection or folder (a copy when it was saved before). */
export function SaveAsDialog(props: {
  nodes: StoredNode[];
  request: RequestModel;
  defaultParentId?: string;
  onSaved: (saved: RequestModel, nodeId: string, parentId: string) => void;
  onClose: () => void;
}) {
  const options = containerOptions(props.nodes);
  const [name, setName] = useState(props.request.name);
  const [target, setTarget] = useState(props.defaultParentId ?? options[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      let nodes = props.nodes;
      let parent = nodes.find((n) => n.id === target);
      if (!parent) {
        // No collection yet: make one so "Save" always has somewhere to go.
        const id = await createCollection(nodes, 'My collection');
        const created: StoredNode = {
          kind: 'collection',
          schemaVersion: WORKSPACE_SCHEMA_VERSION,
          id,
          parentId: null,
          collectionId: id,
          order: 0,
          updatedAt: Date.now(),
          name: 'My collection',
          auth: { type: 'none' },
          variables: [],
        };
        nodes = [...nodes, created];
        parent = created;
      }
      const saved = await saveRequestAs(nodes, parent, props.request, name.trim() || 'Untitled request');
      props.onSaved(saved, saved.id, parent.id);
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form
      role="dialog"
      aria-label="Save request"
      className="rl-dialog"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <label className="rl-field">
        <span>Request name</span>
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="rl-field">
        <span>Save to</span>
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          {options.length === 0 && <option value="">New collection “My collection”</option>}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit">Save</button>
      <button type="button" onClick={props.onClose}>
        Cancel
      </button>
    </form>
  );
}
