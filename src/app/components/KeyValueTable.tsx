import { newKeyValue, type KeyValue } from '../../core/model';
import { EditableTable, type EditableColumn } from './editableTable/EditableTable';
import { VariableInput } from './variableInput/VariableInput';

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
  /** Pasted text that should become several rows (`Name: value` lines for headers), or null. */
  splitPaste?: (text: string) => KeyValue[] | null;
}

const isEmptyRow = (r: KeyValue) => r.key === '' && r.value === '' && !r.description && !r.noValue;

/** Params, headers, urlencoded fields and path variables: a key and a value per row. */
export function KeyValueTable(props: KeyValueTableProps) {
  const { keyLabel = 'Key', valueLabel = 'Value' } = props;
  const columns: EditableColumn<KeyValue>[] = [
    {
      header: keyLabel,
      cell: (row, { index, isDraft, update }) => (
        <input
          aria-label={isDraft ? `New ${keyLabel.toLowerCase()}` : `${keyLabel} ${index + 1}`}
          value={row.key}
          readOnly={props.fixedKeys}
          list={props.keyListId}
          placeholder={isDraft ? (props.keyPlaceholder ?? `Add ${keyLabel.toLowerCase()}`) : props.keyPlaceholder}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => update({ key: e.target.value })}
        />
      ),
    },
    {
      header: valueLabel,
      cell: (row, { index, isDraft, update }) => (
        <VariableInput
          aria-label={isDraft ? `New ${valueLabel.toLowerCase()}` : `${valueLabel} ${index + 1}`}
          value={row.value}
          list={props.valueListId}
          placeholder={isDraft ? (props.valuePlaceholder ?? valueLabel) : props.valuePlaceholder}
          spellCheck={false}
          autoComplete="off"
          onChange={(value) => update({ value })}
        />
      ),
    },
  ];
  return (
    <EditableTable
      label={props.label}
      rows={props.rows}
      onChange={props.onChange}
      columns={columns}
      blank={(id) => ({ ...newKeyValue(), id })}
      isEmpty={isEmptyRow}
      rowName={(row, i) => row.key || `row ${i + 1}`}
      fixed={props.fixedKeys}
      toggle={!props.noToggle}
      splitPaste={props.splitPaste}
    />
  );
}
