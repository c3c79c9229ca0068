import { useState } from 'react';
import type { Variable } from '../../../core/model';
import './variablesTable.css';
import { EditableTable, type EditableColumn } from '../../components/editableTable/EditableTable';

/** This browser's value: blank (showing the initial value) until typed; Reset goes back to the initial value. */
function currentValueColumn(revealed: ReadonlySet<string>): EditableColumn<Variable> {
  return {
    header: 'Current value',
    cell: (v, { index, isDraft, update }) => {
      if (isDraft) return null;
      const name = variableName(v, index);
      const masked = v.secret && !revealed.has(v.id);
      const own = v.currentValue !== undefined;
      return (
        <span className="rl-current-value">
          <input
            aria-label={`Current value of ${name}`}
            type={masked ? 'password' : 'text'}
            autoComplete="off"
            spellCheck={false}
            value={v.currentValue ?? ''}
            placeholder={own ? undefined : masked ? '(the initial value)' : v.value}
            onChange={(e) => update({ currentValue: e.target.value })}
          />
          {own && (
            <button type="button" className="rl-link-button" onClick={() => update({ currentValue: undefined })}>
              Reset<span className="rl-visually-hidden"> {name} to its initial value</span>
            </button>
          )}
        </span>
      );
    },
  };
}

const blankVariable = (id: string): Variable => ({ id, key: '', value: '', enabled: true, secret: false });
const isEmptyVariable = (v: Variable) => v.key === '' && v.value === '';
const variableName = (v: Variable, i: number) => v.key || `variable ${i + 1}`;

/**
 * Variables with an enable box, a secret toggle (masked, with reveal) and delete; the last row adds
 * one. With `currentValues`, each has an initial value (shared, exported) and a current value (this
 * browser's, used when sending), as in Postman; an empty current value shows the initial one.
 */
export function VariablesTable(props: { label: string; variables: Variable[]; onChange: (next: Variable[]) => void; currentValues?: boolean }) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const toggleReveal = (id: string) =>
    setRevealed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const columns: EditableColumn<Variable>[] = [
    {
      header: 'Name',
      cell: (v, { index, isDraft, update }) => (
        <input
          aria-label={isDraft ? 'New variable name' : `Name of variable ${index + 1}`}
          placeholder={isDraft ? 'Add variable' : undefined}
          value={v.key}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => update({ key: e.target.value })}
        />
      ),
    },
    {
      header: props.currentValues ? 'Initial value' : 'Value',
      cell: (v, { index, isDraft, update }) => (
        <input
          aria-label={isDraft ? 'New variable value' : `${props.currentValues ? 'Initial value' : 'Value'} of ${variableName(v, index)}`}
          type={v.secret && !revealed.has(v.id) ? 'password' : 'text'}
          autoComplete="off"
          value={v.value}
          spellCheck={false}
          onChange={(e) => update({ value: e.target.value })}
        />
      ),
    },
    ...(props.currentValues ? [currentValueColumn(revealed)] : []),
    {
      header: 'Secret',
      cell: (v, { index, isDraft, update }) => {
        if (isDraft) return null;
        const name = variableName(v, index);
        const masked = v.secret && !revealed.has(v.id);
        return (
          <>
            <input type="checkbox" aria-label={`Secret ${name}`} checked={v.secret} onChange={(e) => update({ secret: e.target.checked })} />
            {v.secret && (
              <button type="button" className="rl-link-button" aria-pressed={!masked} onClick={() => toggleReveal(v.id)}>
                {masked ? 'Reveal' : 'Hide'}
                <span className="rl-visually-hidden"> {name}</span>
              </button>
            )}
          </>
        );
      },
    },
  ];
  return (
    <div className="rl-vars">
      <EditableTable
        label={props.label}
        rows={props.variables}
        onChange={props.onChange}
        columns={columns}
        blank={blankVariable}
        isEmpty={isEmptyVariable}
        rowName={variableName}
        toggle
      />
    </div>
  );
}
