import { useState } from 'react';
import { ownRequestName, type RequestModel, type StoredNode } from '../../../core/model';
import { ModalDialog } from '../../components/ModalDialog';
import { DialogActions } from '../../components/DialogActions';
import { ContainerPicker } from './ContainerPicker';
import { createCollection, saveRequestAs } from './collectionMutations';
import { containerRows } from './visibleRows';

/** A request without a name of its own is named by its path, as a tab shows it ("/users/{id}"). */
export function defaultSaveName(request: RequestModel): string {
  const own = ownRequestName(request.name);
  if (own) return own;
  const path = request.url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '');
  return path || request.url || 'Untitled request';
}

/** Save the tab's request as a new item in a collection or folder (a copy when it was saved before). */
export function SaveAsDialog(props: {
  nodes: StoredNode[];
  request: RequestModel;
  defaultParentId?: string;
  onSaved: (saved: RequestModel, nodeId: string, parentId: string) => void;
  onClose: () => void;
}) {
  const first = containerRows(props.nodes)[0]?.node.id ?? '';
  const [name, setName] = useState(() => defaultSaveName(props.request));
  const [target, setTarget] = useState(props.defaultParentId ?? first);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      let nodes = props.nodes;
      let parent = nodes.find((n) => n.id === target);
      if (!parent) {
        const typed = nodes.length === 0 || !target;
        if (!typed) throw new Error('Choose a collection or folder to save into.');
        // No collection yet: make one so "Save" always has somewhere to go.
        parent = await createCollection(nodes, 'My collection');
        nodes = [...nodes, parent];
      }
      const saved = await saveRequestAs(nodes, parent, props.request, name.trim() || 'Untitled request');
      props.onSaved(saved, saved.id, parent.id);
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <ModalDialog title="Save request" onClose={props.onClose} className="rl-dialog-wide">
      <form
        className="rl-dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="rl-field">
          <span>Request name</span>
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <ContainerPicker nodes={props.nodes} selected={target} onSelect={setTarget} onChoose={() => void submit()} />
        {!target && <p className="rl-note">With no collection chosen, a new one, “My collection”, is made.</p>}
        {error && <p role="alert">{error}</p>}
        <DialogActions submit="Save" onCancel={props.onClose} />
      </form>
    </ModalDialog>
  );
}
