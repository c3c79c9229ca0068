import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { focusField, rowMoveFor, textFields } from './rowKeyboard';
import { useDraftRow } from './useDraftRow';
import '../keyValueTable.css';

export interface CellContext<R> {
  index: number;
  isDraft: boolean;
  update: (patch: Partial<R>) => void;
}

export interface EditableColumn<R> {
  header: string;
  /** The header is read by screen readers but not drawn (toggle and action columns). */
  hiddenHeader?: boolean;
  className?: string;
  cell: (row: R, context: CellContext<R>) => ReactNode;
}

export interface EditableTableProps<R extends { id: string; enabled: boolean }> {
  /** Accessible name of the table, e.g. "Query parameters". */
  label: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  columns: EditableColumn<R>[];
  /** A fresh row with this id: the draft row's content. */
  blank: (id: string) => R;
  /** A row with nothing typed in it: the draft, and what an emptied last row turns back into. */
  isEmpty: (row: R) => boolean;
  /** How a row is named in the labels of its checkbox and delete button. */
  rowName: (row: R, index: number) => string;
  /** Rows are given (path variables): no draft row, no delete. */
  fixed?: boolean;
  /** Draw the enable checkbox. */
  toggle?: boolean;
  /** A paste into a row's first field that should become several rows (`Name: value` lines). */
  splitPaste?: (text: string) => R[] | null;
}

/**
 * The one editable table behind params, headers, form fields, multipart fields and variables.
 * Its last row is a draft (see useDraftRow), so there is no "Add" button to hunt for, and typing
 * in it never moves the caret. Enter, or Tab at the end of a filled row, goes to the next row;
 * Backspace in an emptied row removes it, and a row left empty is removed when focus leaves it.
 */
export function EditableTable<R extends { id: string; enabled: boolean }>(props: EditableTableProps<R>) {
  const { columns, isEmpty, fixed, toggle } = props;
  const { items, patch, remove, insertAfter } = useDraftRow(props.rows, props.onChange, props.blank, isEmpty, !fixed);
  const body = useRef<HTMLTableSectionElement>(null);
  const [focusDraftAfterPaste, setFocusDraftAfterPaste] = useState(0);

  useLayoutEffect(() => {
    if (focusDraftAfterPaste > 0) focusField(textFields(body.current?.lastElementChild)[0]);
  }, [focusDraftAfterPaste]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLTableRowElement>, id: string, isDraft: boolean, empty: boolean) => {
    const input = event.target as HTMLInputElement;
    const fields = textFields(event.currentTarget);
    const at = fields.indexOf(input);
    if (at < 0) return;
    const move = rowMoveFor(
      {
        key: event.key,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        isComposing: event.nativeEvent.isComposing,
      },
      { isFirst: at === 0, isLast: at === fields.length - 1, empty: input.value === '' },
      { isDraft, empty },
    );
    if (move === 'next-row') {
      if (focusField(textFields(event.currentTarget.nextElementSibling)[0])) event.preventDefault();
    } else if (move === 'delete-row') {
      event.preventDefault();
      const previous = textFields(event.currentTarget.previousElementSibling);
      remove(id);
      focusField(previous[previous.length - 1]);
    }
  };

  return (
    <table className="rl-kv" aria-label={props.label}>
      <thead>
        <tr>
          {toggle && (
            <th className="rl-kv-toggle">
              <span className="rl-visually-hidden">Enabled</span>
            </th>
          )}
          {columns.map((c) => (
            <th key={c.header} className={c.className}>
              {c.hiddenHeader ? <span className="rl-visually-hidden">{c.header}</span> : c.header}
            </th>
          ))}
          {!fixed && (
            <th className="rl-kv-actions">
              <span className="rl-visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody ref={body}>
        {items.map(({ row, index, isDraft }) => {
          const empty = isEmpty(row);
          const name = props.rowName(row, index);
          const update = (change: Partial<R>) => patch(row.id, change);
          return (
            <tr
              key={row.id}
              className={isDraft ? 'rl-kv-new' : row.enabled ? undefined : 'rl-kv-disabled'}
              onKeyDown={(e) => onKeyDown(e, row.id, isDraft, empty)}
              onBlur={(e) => {
                if (!isDraft && empty && !e.currentTarget.contains(e.relatedTarget as Node | null)) remove(row.id);
              }}
              onPaste={(e) => {
                const split = props.splitPaste?.(e.clipboardData.getData('text/plain'));
                if (!split || e.target !== textFields(e.currentTarget)[0]) return;
                e.preventDefault();
                insertAfter(row.id, split, empty);
                setFocusDraftAfterPaste((n) => n + 1);
              }}
            >
              {toggle && (
                <td className="rl-kv-toggle">
                  {!isDraft && (
                    <input
                      type="checkbox"
                      aria-label={`Enable ${name}`}
                      checked={row.enabled}
                      onChange={(e) => update({ enabled: e.target.checked } as Partial<R>)}
                    />
                  )}
                </td>
              )}
              {columns.map((c) => (
                <td key={c.header} className={c.className}>
                  {c.cell(row, { index, isDraft, update })}
                </td>
              ))}
              {!fixed && (
                <td className="rl-kv-actions">
                  {!isDraft && (
                    // Not a tab stop: Tab runs along the fields, and Backspace in an emptied row removes it.
                    <button type="button" tabIndex={-1} aria-label={`Delete ${name}`} title="Delete row (or empty it)" onClick={() => remove(row.id)}>
                      ×
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
