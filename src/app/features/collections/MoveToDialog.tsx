import { useMemo, useState } from 'react';
import type { StoredNode } from '../../../core/model';
import { childCount, nodeName, subtree } from '../../../core/workspace';
import { ModalDialog } from '../../components/ModalDialog';
import { DialogActions } from '../../components/DialogActions';
import { ContainerPicker } from './ContainerPicker';
import { moveTo } from './collectionMutations';

/** The keyboard way to move an item anywhere: pick a collection or folder in a searchable tree. */
export function MoveToDialog(props: { nodes: StoredNode[]; node: StoredNode; onClose: () => void }) {
  const { nodes, node } = props;
  const excluded = useMemo(() => new Set(subtree(nodes, node.id).map((n) => n.id)), [nodes, node.id]);
  const [target, setTarget] = useState(node.parentId ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      if (!target) throw new Error('Choose a collection or folder to move it into.');
      await moveTo(nodes, node.id, target, childCount(nodes, target));
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <ModalDialog title={`Move ${nodeName(node)}`} onClose={props.onClose} className="rl-dialog-wide">
      <form
        className="rl-dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ContainerPicker nodes={nodes} exclude={excluded} selected={target} onSelect={setTarget} onChoose={() => void submit()} />
        {error && <p role="alert">{error}</p>}
        <DialogActions submit="Move" onCancel={props.onClose} disabled={!target} />
      </form>
    </ModalDialog>
  );
}
