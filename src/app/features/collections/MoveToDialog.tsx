import { useState } from 'react';
import type { StoredNode } from '../../../core/model';
import { childCount, nodeName, subtree } from '../../../core/workspace';
import { moveTo } from './collectionMutations';
import { containerOptions } from './visibleRows';

/** The keyboard way to move an item anywhere: pick a collection or folder. */
export function MoveToDialog(props: { nodes: StoredNode[]; node: StoredNode; onClose: () => void }) {
  const { nodes, node } = props;
  const excluded = new Set(subtree(nodes, node.id).map((n) => n.id));
  const options = containerOptions(nodes, excluded);
  const [target, setTarget] = useState(node.parentId ?? options[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      await moveTo(nodes, node.id, target, childCount(nodes, target));
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form
      role="dialog"
      aria-label={`Move ${nodeName(node)}`}
      className="rl-dialog"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <label className="rl-field">
        <span>Destination</span>
        <select autoFocus value={target} onChange={(e) => setTarget(e.target.value)}>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={!target}>
        Move
      </button>
      <button type="button" onClick={props.onClose}>
        Cancel
      </button>
    </form>
  );
}
