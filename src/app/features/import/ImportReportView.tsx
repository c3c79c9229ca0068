import type { ImportReport } from '../../../core/model';

const NOUNS: [keyof ImportReport['imported'], string, string][] = [
  ['collections', 'collection', 'collections'],
  ['folders', 'folder', 'folders'],
  ['requests', 'request', 'requests'],
  ['environments', 'environment', 'environments'],
  ['variables', 'variable', 'variables'],
  ['examples', 'example response', 'example responses'],
];

export function importedSummary(report: ImportReport): string {
  const parts = NOUNS.filter(([k]) => report.imported[k] > 0).map(([k, one, many]) => `${report.imported[k]} ${report.imported[k] === 1 ? one : many}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

const ACTION_LABEL = { skipped: 'Skipped', changed: 'Changed', inactive: 'Kept, does not run' } as const;

/** What an import brought in, and every item it left out or changed: named by folder and request, with its position in the file as a detail. */
export function ImportReportView({ report, fileName }: { report: ImportReport; fileName?: string }) {
  return (
    <section aria-label="Import report" className="rl-import-report">
      <p>
        <strong>{report.source}</strong>
        {fileName ? ` (${fileName})` : ''}: {importedSummary(report)}.
      </p>
      {report.notes.length === 0 ? (
        <p className="rl-note">Everything was brought over as it was.</p>
      ) : (
        <>
          <p>
            {report.notes.length} item{report.notes.length === 1 ? '' : 's'} skipped or changed:
          </p>
          <ul aria-label="Skipped or changed items" className="rl-import-notes" tabIndex={0}>
            {report.notes.map((note, i) => (
              <li key={i}>
                <span className={`rl-import-action rl-import-${note.action}`}>{ACTION_LABEL[note.action]}</span>{' '}
                {note.where ? <strong className="rl-import-where">{note.where}</strong> : <code>{note.path}</code>}: {note.reason}
                {note.where && note.path ? <span className="rl-import-position"> (at <code>{note.path}</code>)</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
