import { useState } from 'react';
import type { RequestModel } from '../../../core/model';
import { useNodes } from '../../storage/queries';
import { addRequestTo, containerChoices } from './addToWorkspace';

/** For a single imported request: save it into an existing collection or folder instead of a new tab. */
export function AddToCollection(props: { request: RequestModel; onAdded: (where: string) => void }) {
  const nodes = useNodes();
  const choices = nodes ? containerChoices(nodes) : [];
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (choices.length === 0) return null;
  const chosen = choices.find((c) => c.id === target) ?? choices[0]!;
  const add = async () => {
    setError(null);
    try {
      props.onAdded(await addRequestTo(chosen.id, props.request));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="rl-toolbar">
      <select aria-label="Collection or folder" value={chosen.id} onChange={(e) => setTarget(e.target.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void add()}>
        Add to collection
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
