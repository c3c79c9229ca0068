import { useState } from 'react';
import { newId } from '../../../core/model';

export interface RowsWithDraft<R extends { id: string }> {
  /** The stored rows, then the draft row (absent for tables whose rows are fixed). */
  items: { row: R; index: number; isDraft: boolean }[];
  patch: (id: string, change: Partial<R>) => void;
  remove: (id: string) => void;
  /** Inserts rows after the row with this id (or at the end for the draft), for a split paste. */
  insertAfter: (id: string, added: R[], replaceEmpty: boolean) => void;
}

/**
 * The last row of an editable table is a draft: typing in it turns it into a stored row *with the
 * draft's own id*. React keeps the same DOM input for the same key, so the caret, an IME
 * composition and the input's undo stack stay where the person is typing, and a new draft
 * appears below. A last row emptied again becomes the draft once more, so no empty row is left.
 */
export function useDraftRow<R extends { id: string }>(
  rows: R[],
  onChange: (rows: R[]) => void,
  blank: (id: string) => R,
  isEmpty: (row: R) => boolean,
  withDraft = true,
): RowsWithDraft<R> {
  const [draftId, setDraftId] = useState(newId);
  const items = rows.map((row, index) => ({ row, index, isDraft: false }));
  if (withDraft) items.push({ row: blank(draftId), index: rows.length, isDraft: true });

  const patch = (id: string, change: Partial<R>) => {
    if (id === draftId) {
      const row = { ...blank(draftId), ...change };
      if (isEmpty(row)) return;
      onChange([...rows, row]);
      setDraftId(newId());
      return;
    }
    const at = rows.findIndex((r) => r.id === id);
    if (at < 0) return;
    const row = { ...rows[at]!, ...change };
    if (withDraft && at === rows.length - 1 && isEmpty(row)) {
      onChange(rows.slice(0, -1));
      setDraftId(id);
      return;
    }
    onChange(rows.map((r, i) => (i === at ? row : r)));
  };

  const remove = (id: string) => {
    if (rows.some((r) => r.id === id)) onChange(rows.filter((r) => r.id !== id));
  };

  const insertAfter = (id: string, added: R[], replaceEmpty: boolean) => {
    if (added.length === 0) return;
    if (id === draftId) {
      onChange([...rows, ...added]);
      return;
    }
    const at = rows.findIndex((r) => r.id === id);
    if (at < 0) return;
    const next = [...rows];
    if (replaceEmpty) next.splice(at, 1, ...added);
    else next.splice(at + 1, 0, ...added);
    onChange(next);
  };

  return { items, patch, remove, insertAfter };
}
