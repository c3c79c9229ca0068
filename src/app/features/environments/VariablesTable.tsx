import { useState } from 'react';
import type { Variable } from '../../../core/model';
import { newVariable } from './environmentMutations';

/** Variables with an enable box, a secret toggle (masked, with reveal) and delete. */
export function VariablesTable(props: { label: string; variables: Variable[]; onChange: (next: Variable[]) => void }) {
  const { variables, onChange } = props;
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const patch = (id: string, change: Partial<Variable>) => onChange(variables.map((v) => (v.id === id ? { ...v, ...change } : v)));
  const toggleReveal = (id: string) =>
    setRevealed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div className="rl-vars">
      <table aria-label={props.label} className="rl-vars-table">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Secret</th>
            <th scope="col">
              <span className="rl-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {variables.map((v, i) => {
            const name = v.key || `variable ${i + 1}`;
            const masked = v.secret && !revealed.has(v.id);
            return (
              <tr key={v.id}>
                <td>
                  <input type="checkbox" aria-label={`Enable ${name}`} checked={v.enabled} onChange={(e) => patch(v.id, { enabled: e.target.checked })} />
                </td>
                <td>
                  <input aria-label={`Name of variable ${i + 1}`} value={v.key} onChange={(e) => patch(v.id, { key: e.target.value })} spellCheck={false} />
                </td>
                <td>
                  <input
                    aria-label={`Value of ${name}`}
                    type={masked ? 'password' : 'text'}
                    autoComplete="off"
                    value={v.value}
                    onChange={(e) => patch(v.id, { value: e.target.value })}
                    spellCheck={false}
                  />
                </td>
                <td>
                  <input type="checkbox" aria-label={`Secret ${name}`} checked={v.secret} onChange={(e) => patch(v.id, { secret: e.target.checked })} />
                  {v.secret && (
                    <button type="button" className="rl-link-button" aria-pressed={!masked} onClick={() => toggleReveal(v.id)}>
                      {masked ? 'Reveal' : 'Hide'}
                      <span className="rl-visually-hidden"> {name}</span>
                    </button>
                  )}
                </td>
                <td>
                  <button type="button" aria-label={`Delete ${name}`} onClick={() => onChange(variables.filter((x) => x.id !== v.id))}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...variables, newVariable()])}>
        Add variable
      </button>
    </div>
  );
}
