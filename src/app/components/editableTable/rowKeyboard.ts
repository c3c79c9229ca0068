/**
 * Keyboard moves between the rows of an editable table, found from the DOM so that every table
 * (headers, params, form fields, variables) behaves the same whatever its columns are: a row's
 * text fields are its inputs other than checkboxes and file pickers, in order.
 */
export function textFields(row: Element | null | undefined): HTMLInputElement[] {
  if (!row) return [];
  return [...row.querySelectorAll<HTMLInputElement>('input:not([type="checkbox"]):not([type="file"]):not([readonly])')];
}

export function focusField(input: HTMLInputElement | undefined, caret: 'start' | 'end' = 'end'): boolean {
  if (!input) return false;
  input.focus();
  const at = caret === 'start' ? 0 : input.value.length;
  // Password fields (masked secrets) refuse setSelectionRange in some browsers.
  try {
    input.setSelectionRange(at, at);
  } catch {
    /* not a text field */
  }
  return true;
}

export type RowMove = 'next-row' | 'delete-row' | 'none';

/** Which move a key press asks for, or none. Composition (IME) keys never move. */
export function rowMoveFor(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'isComposing'>,
  field: { isFirst: boolean; isLast: boolean; empty: boolean },
  row: { isDraft: boolean; empty: boolean },
): RowMove {
  if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return 'none';
  if (event.key === 'Enter' && !event.shiftKey) return row.isDraft && row.empty ? 'none' : 'next-row';
  // Tab at the end of a filled row goes to the next row's first field (the draft after the last row);
  // from the empty draft it leaves the table as usual, so the keyboard is never trapped.
  if (event.key === 'Tab' && !event.shiftKey && field.isLast && !row.isDraft) return 'next-row';
  if (event.key === 'Backspace' && field.isFirst && field.empty && row.empty && !row.isDraft) return 'delete-row';
  return 'none';
}
