import { lazy, Suspense, useEffect, useState } from 'react';
import { getRunContext, type RunContext } from '../../state/runContext';
import { onRunRequested, type RunTarget } from '../../state/runRequests';

// The runner (and with it the core runner code) loads with the first run, not with the app.
const RunnerSheet = lazy(() => import('./RunnerSheet').then((m) => ({ default: m.RunnerSheet })));

/** Mounted once by the app shell: opens the runner whenever a collection or folder is to be run. */
export function RunnerHost() {
  const [open, setOpen] = useState<{ target: RunTarget; context: RunContext } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () =>
      onRunRequested((target) => {
        setError(null);
        getRunContext(target).then(
          (context) => (context ? setOpen({ target, context }) : setError('That collection is no longer in the workspace.')),
          (e: unknown) => setError(`The runner could not read the collection: ${e instanceof Error ? e.message : String(e)}`),
        );
      }),
    [],
  );
  if (error) return <p role="alert" className="rl-error-text">{error}</p>;
  if (!open) return null;
  return (
    <Suspense fallback={<p role="status">Opening the runner…</p>}>
      <RunnerSheet key={`${open.target.collectionId}/${open.target.folderId ?? ''}`} target={open.target} context={open.context} onClose={() => setOpen(null)} />
    </Suspense>
  );
}
