import { useState } from 'react';
import type { LabEntry, LabResource } from '../../../../core/model';

const COLUMNS = ['title', 'author', 'year', 'isbn', 'tags'] as const;

function cell(value: unknown): string {
  if (value === undefined) return '—';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

type RowChange = 'new' | 'deleted' | 'changed' | undefined;

/**
 * The books before and after the latest exchange that changed them, changes marked in words as well
 * as colour. With no change since the step began, the books as they are now.
 */
export function StateTable({ entries, current }: { entries: LabEntry[]; current: LabResource[] | undefined }) {
  const changers = entries.filter((entry) => entry.before !== undefined);
  const [chosen, choose] = useState<number | null>(null);
  const changing = changers.find((entry) => entry.seq === chosen) ?? changers.at(-1);
  const changes = changers.length;
  const after = changing?.after ?? current ?? [];
  const before = new Map((changing?.before ?? after).map((book) => [book.id, book]));
  const afterIds = new Set(after.map((book) => book.id));
  const rows: { book: LabResource; change: RowChange; changed: Set<string> }[] = after.map((book) => {
    const old = before.get(book.id);
    if (!old) return { book, change: 'new', changed: new Set() };
    const changed = new Set(COLUMNS.filter((c) => JSON.stringify(old[c]) !== JSON.stringify(book[c])));
    return { book, change: changed.size > 0 ? 'changed' : undefined, changed };
  });
  for (const old of before.values()) if (!afterIds.has(old.id)) rows.push({ book: old, change: 'deleted', changed: new Set() });
  rows.sort((a, b) => a.book.id - b.book.id);
  const caption = changing
    ? `The books after ${changing.method} ${changing.path} (exchange ${changing.seq}); ${changes} exchange${changes === 1 ? '' : 's'} since this step began changed them`
    : 'The books in your lab; nothing has changed them since this step began';
  return (
    <div className="rl-state" role="region" aria-label="Books in your lab" tabIndex={0}>
      {changers.length > 1 && (
        <div role="group" aria-label="Show the books around" className="rl-state-pick">
          {changers.map((entry) => (
            <button key={entry.seq} type="button" aria-pressed={entry === changing} onClick={() => choose(entry.seq)}>
              {entry.method} {entry.path} (exchange {entry.seq})
            </button>
          ))}
        </div>
      )}
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">id</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            <th scope="col">change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ book, change, changed }) => (
            <tr key={book.id} className={change ? `rl-state-${change}` : undefined}>
              <th scope="row">{book.id}</th>
              {COLUMNS.map((c) => {
                const old = before.get(book.id);
                return (
                  <td key={c} className={changed.has(c) ? 'rl-state-cell-changed' : undefined}>
                    {changed.has(c) && old ? (
                      <>
                        <del>{cell(old[c])}</del> <ins>{cell(book[c])}</ins>
                      </>
                    ) : (
                      cell(book[c])
                    )}
                  </td>
                );
              })}
              <td>{change ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
