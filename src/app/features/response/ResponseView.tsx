import { lazy, Suspense, useState } from 'react';
import type { Exchange, ResponseRecord } from '../../../core/model';
import { BodyTab } from './body/BodyTab';
import { Tabs, type TabDef } from './ResponseTabs';
import { StatusLine } from './StatusLine';
import { SaveAsExample } from './SaveAsExample';

// The Body tab shows first; the others (and the header knowledge behind their hints) load when opened.
const CookiesTab = lazy(() => import('./tabs/CookiesTab').then((m) => ({ default: m.CookiesTab })));
const HeadersTab = lazy(() => import('./tabs/HeadersTab').then((m) => ({ default: m.HeadersTab })));
const RawTab = lazy(() => import('./tabs/RawTab').then((m) => ({ default: m.RawTab })));
const RedirectsTab = lazy(() => import('./tabs/RedirectsTab').then((m) => ({ default: m.RedirectsTab })));
const TimingTab = lazy(() => import('./tabs/TimingTab').then((m) => ({ default: m.TimingTab })));
const TestsTab = lazy(() => import('./tabs/TestsTab').then((m) => ({ default: m.TestsTab })));

type SectionId = 'body' | 'headers' | 'cookies' | 'timing' | 'redirects' | 'raw' | 'tests';

/** A finished response: status line, then Body / Headers / Cookies / Timing / Redirects / Raw. */
export default function ResponseView(props: {
  response: ResponseRecord;
  exchange: Exchange;
  onCompareWithPrevious?: (() => Promise<string | null>) | undefined;
  onSaveAsExample?: ((response: ResponseRecord, name: string) => Promise<string>) | undefined;
}) {
  const { response, exchange, onCompareWithPrevious, onSaveAsExample } = props;
  const [section, setSection] = useState<SectionId>('body');
  const [compareNote, setCompareNote] = useState<string | null>(null);
  const cookieCount = response.headers.filter(([n]) => n.toLowerCase() === 'set-cookie').length;
  const tabs: TabDef<SectionId>[] = [
    { id: 'body', label: 'Body' },
    { id: 'headers', label: <>Headers <Count n={response.headers.length} /></> },
    { id: 'cookies', label: <>Cookies {cookieCount > 0 && <Count n={cookieCount} />}</> },
    { id: 'timing', label: 'Timing' },
    { id: 'redirects', label: <>Redirects {response.redirects.length > 0 && <Count n={response.redirects.length} />}</> },
    { id: 'raw', label: 'Raw' },
  ];
  const report = exchange.scripts;
  if (report) {
    const failed = report.failures.length > 0 || report.tests.some((t) => !t.passed && !t.skipped);
    const counted = report.tests.filter((t) => !t.skipped);
    tabs.push({
      id: 'tests',
      label: (
        <>
          Tests <span className={failed ? 'rl-count rl-count-fail' : 'rl-count'}>{counted.filter((t) => t.passed).length}/{counted.length}</span>
        </>
      ),
    });
  }
  const bodyKey = `${exchange.id ?? exchange.startedAt ?? response.timing.startedAt}`;
  return (
    <>
      {exchange.example && (
        <p className="rl-example-banner">
          Saved example “{exchange.example.name}”: kept with the request, not a live response. Send to get one.
        </p>
      )}
      <StatusLine response={response} exchangeId={exchange.id} method={exchange.prepared?.method} example={!!exchange.example} />
      {(onCompareWithPrevious || (onSaveAsExample && !exchange.example)) && (
        <div className="rl-response-actions">
          {onSaveAsExample && !exchange.example && <SaveAsExample response={response} onSave={(name) => onSaveAsExample(response, name)} />}
          {onCompareWithPrevious && (
          <button
            type="button"
            onClick={() =>
              void onCompareWithPrevious().then(setCompareNote, (e: unknown) => setCompareNote(e instanceof Error ? e.message : String(e)))
            }
          >
            Compare with previous send
          </button>
          )}
          {compareNote && (
            <span role="status" className="rl-note">
              {compareNote}
            </span>
          )}
        </div>
      )}
      <Tabs label="Response sections" tabs={tabs} selected={section} onSelect={setSection} className="rl-response-sections">
        {section === 'body' && <BodyTab response={response} bodyKey={bodyKey} />}
        <Suspense fallback={<p className="rl-note">Loading…</p>}>
          {section === 'headers' && <HeadersTab response={response} />}
          {section === 'cookies' && <CookiesTab response={response} />}
          {section === 'timing' && <TimingTab response={response} />}
          {section === 'redirects' && <RedirectsTab response={response} />}
          {section === 'raw' && <RawTab response={response} exchange={exchange} />}
          {section === 'tests' && report && <TestsTab report={report} />}
        </Suspense>
      </Tabs>
    </>
  );
}

function Count({ n }: { n: number }) {
  return (
    // Read with the tab's name ("Headers 12"): axe's label-content-name-mismatch wants the visible text in the name.
    <span className="rl-count">
      {n}
    </span>
  );
}
