import { formatBytes } from '../../../core/format/bytes';
import type { BodyComparison, SideBySideRow } from '../../../core/model';

/** Past this many lines the side-by-side view stops and says how many it left out. */
const MAX_ROWS = 3000;
/** Unchanged lines kept around each difference when only differences are shown. */
const CONTEXT = 2;

function visibleRows(rows: SideBySideRow[], onlyChanges: boolean): (SideBySideRow | { gap: number })[] {
  if (!onlyChanges) return rows;
  const changed = rows.map((r) => r.left?.change !== 'same' || r.right?.change !== 'same');
  const keep = rows.map((_, i) => {
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(rows.length - 1, i + CONTEXT); k++) if (changed[k]) return true;
    return false;
  });
  const out: (SideBySideRow | { gap: number })[] = [];
  let gap = 0;
  rows.forEach((row, i) => {
    if (keep[i]) {
      if (gap) out.push({ gap });
      gap = 0;
      out.push(row);
    } else gap++;
  });
  if (gap) out.push({ gap });
  return out;
}

function Cell({ side }: { side: SideBySideRow['left'] }) {
  if (!side) return <td colSpan={2} className="rl-diff-blank" />;
  return (
    <>
      <td className="rl-diff-line">{side.line}</td>
      <td className={`rl-diff-text rl-diff-${side.change}`}>
        {side.change !== 'same' && <span className="rl-visually-hidden">{side.change === 'changed' ? 'changed: ' : side.change === 'added' ? 'added: ' : 'removed: '}</span>}
        {side.text}
      </td>
    </>
  );
}

export function BodyDiff({ body, onlyChanges }: { body: BodyComparison; onlyChanges: boolean }) {
  const rows = visibleRows(body.rows, onlyChanges);
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <section aria-labelledby="rl-compare-body">
      <h3 id="rl-compare-body">Body</h3>
      <p className="rl-note">
        {body.mode === 'json' && 'Compared as JSON: keys sorted and pretty-printed the same way, so key order and spacing are not differences. '}
        {body.mode === 'empty' && 'Both bodies are empty.'}
        {body.mode !== 'empty' && body.mode !== 'binary' && (body.identical ? 'The bodies are the same.' : `${body.added} lines added, ${body.removed} removed.`)}
        {body.comparedBytes !== undefined && ` Only the first ${formatBytes(body.comparedBytes)} of each body were compared.`}
        {body.note && ` ${body.note}`}
      </p>
      {body.jsonChanges.length > 0 && (
        <table className="rl-compare-table" aria-label="JSON values that differ">
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">Left</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {body.jsonChanges.map((c) => (
              <tr key={c.path} className={`rl-diff-${c.change}`}>
                <th scope="row">
                  <code>{c.path}</code>
                </th>
                <td>{c.left ?? '—'}</td>
                <td>{c.right ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > 0 && (
        <div className="rl-diff-scroll" tabIndex={0} role="region" aria-label="Body side by side">
          <table className="rl-diff-table">
            <tbody>
              {shown.map((row, i) =>
                'gap' in row ? (
                  <tr key={i} className="rl-diff-gap">
                    <td colSpan={4}>{row.gap} unchanged lines</td>
                  </tr>
                ) : (
                  <tr key={i}>
                    <Cell side={row.left} />
                    <Cell side={row.right} />
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {rows.length > MAX_ROWS && <p className="rl-note">{rows.length - MAX_ROWS} more lines not shown.</p>}
        </div>
      )}
    </section>
  );
}
