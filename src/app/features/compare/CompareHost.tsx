import { lazy, Suspense, useEffect, useState } from 'react';
import { onCompareRequested, type CompareRequest } from '../../state/compareRequests';

// The diff code loads with the first comparison, not with the app.
const CompareDialog = lazy(() => import('./CompareDialog').then((m) => ({ default: m.CompareDialog })));

/** Mounted once by the app shell: shows a comparison whenever one is asked for. */
export function CompareHost() {
  const [request, setRequest] = useState<CompareRequest | null>(null);
  useEffect(() => onCompareRequested(setRequest), []);
  if (!request) return null;
  return (
    <Suspense fallback={<p role="status">Comparing…</p>}>
      <CompareDialog request={request} onClose={() => setRequest(null)} />
    </Suspense>
  );
}
