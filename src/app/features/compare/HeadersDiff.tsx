import type { HeaderDiffRow } from '../../../core/model';

const CHANGE_WORD = { same: 'same', added: 'only right', removed: 'only left', changed: 'differs' } as const;

export function HeadersDiff({ rows, onlyChanges }: { rows: HeaderDiffRow[]; onlyChanges: boolean }) {
  const shown = onlyChanges ? rows.filter((r) => r.change !== 'same') : rows;
  return (
    <section aria-labelledby="rl-compare-headers">
      <h3 id="rl-compare-headers">Headers</h3>
      {shown.length === 0 ? (
        <p className="rl-note">{rows.length === 0 ? 'No headers on either side.' : 'The headers are the same.'}</p>
      ) : (
        <table className="rl-compare-table" aria-label="Headers compared">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Left</th>
              <th scope="col">Right</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.name.toLowerCase()} className={`rl-diff-${row.change}`}>
                <th scope="row">{row.name}</th>
                <td>{row.left ?? '—'}</td>
                <td>{row.right ?? '—'}</td>
                <td>{CHANGE_WORD[row.change]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
