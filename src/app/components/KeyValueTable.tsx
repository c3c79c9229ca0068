import { newKeyValue, type KeyValue } from '../../core/model';
import './keyValueTable.css';

export interface KeyValueTableProps {
  /** Accessible name of the table, e.g. "Query parameters". */
  label: string;
  rows: KeyValue[];
  onChange: (rows: KeyValue[]) => void;
  keyLabel?: string;
  valueLabel?: string;
  /** <datalist> ids for autocomplete. */
  keyListId?: string;
  valueListId?: string;
  /** Path variables: names come from the URL, so they cannot be added, renamed or removed here. */
  fixedKeys?: boolean;
  /** Hide the enable checkbox (path variables are always on). */
  noToggle?: boolean;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  /** Extra cells after the value (multipart's file picker …), by row. */
  renderValue?: (row: KeyValue, index: number, update: (patch: Partial<KeyValue>) => void) => React.ReactNode;
}

/**
 * The editable table behind params, headers, form fields and path variables. The last line is a
 * blank row: typing in it adds a row, so there is no "Add" button to hunt for.
 */
export function KeyValueTable(props: KeyValueTableProps) {
  const { rows, onChange, keyLabel = 'Key', valueLabel = 'Value' } = props;
  const update = (index: number, patch: Partial<KeyValue>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  const addFrom = (patch: Partial<KeyValue>) => onChange([...rows, { ...newKeyValue(), ...patch }]);

  return (
    <table className="rl-kv" aria-label={props.label}>
      <thead>
        <tr>
          {!props.noToggle && <th className="rl-kv-toggle"><span className="rl-visually-hidden">Enabled</span></th>}
          <th>{keyLabel}</th>
          <th>{valueLabel}</th>
          {!props.fixedKeys && <th className="rl-kv-actions"><span className="rl-visually-hidden">Actions</span></th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.id} className={row.enabled ? undefined : 'rl-kv-disabled'}>
            {!props.noToggle && (
              <td className="rl-kv-toggle">
                <input
                  type="checkbox"
                  aria-label={`Enable ${row.key || `row ${i + 1}`}`}
                  checked={row.enabled}
                  onChange={(e) => update(i, { enabled: e.target.checked })}
                />
              </td>
            )}
            <td>
              <input
                aria-label={`${keyLabel} ${i + 1}`}
                value={row.key}
                readOnly={props.fixedKeys}
                list={props.keyListId}
                placeholder={props.keyPlaceholder}
                spellCheck={false}
                onChange={(e) => update(i, { key: e.target.value })}
              />
            </td>
            <td>
              {props.renderValue ? (
                props.renderValue(row, i, (patch) => update(i, patch))
              ) : (
                <input
                  aria-label={`${valueLabel} ${i + 1}`}
                  value={row.value}
                  list={props.valueListId}
                  placeholder={props.valuePlaceholder}
                  spellCheck={false}
                  onChange={(e) => update(i, { value: e.target.value })}
                />
              )}
            </td>
            {!props.fixedKeys && (
              <td className="rl-kv-actions">
                <button type="button" aria-label={`Delete ${row.key || `row ${i + 1}`}`} title="Delete row" onClick={() => remove(i)}>
                  ×
                </button>
              </td>
            )}
          </tr>
        ))}
        {!props.fixedKeys && (
          <tr className="rl-kv-new">
            {!props.noToggle && <td className="rl-kv-toggle" />}
            <td>
              <input
                aria-label={`New ${keyLabel.toLowerCase()}`}
                value=""
                list={props.keyListId}
                placeholder={props.keyPlaceholder ?? `Add ${keyLabel.toLowerCase()}`}
                onChange={(e) => addFrom({ key: e.target.value })}
              />
            </td>
            <td>
              <input
                aria-label={`New ${valueLabel.toLowerCase()}`}
                value=""
                placeholder={props.valuePlaceholder ?? valueLabel}
                onChange={(e) => addFrom({ value: e.target.value })}
              />
            </td>
            <td />
          </tr>
        )}
      </tbody>
    </table>
  );
}
