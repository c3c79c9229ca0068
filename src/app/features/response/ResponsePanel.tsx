import { useState } from 'react';
import type { Exchange, ResponseRecord } from '../../../core/model';
import { BodyTab } from './body/BodyTab';
import { ErrorView } from './ErrorView';
import { IdleState } from './IdleState';
import { Tabs, type TabDef } from './ResponseTabs';
import { SendingState } from './SendingState';
import { StatusLine } from './StatusLine';
import { CookiesTab } from './tabs/CookiesTab';
import { HeadersTab } from './tabs/HeadersTab';
import { RawTab } from './tabs/RawTab';
import { RedirectsTab } from './tabs/RedirectsTab';
import { TimingTab } from './tabs/TimingTab';
import './response.css';

export interface ResponsePanelProps {
  exchange: Exchange;
  /** Offered after a CORS failure: send the same request through the local relay. */
  onResendViaRelay?: () => void;
}

type SectionId = 'body' | 'headers' | 'cookies' | 'timing' | 'redirects' | 'raw';

/** The response region: status line, then Body / Headers / Cookies / Timing / Redirects / Raw. */
export function ResponsePanel({ exchange, onResendViaRelay }: ResponsePanelProps) {
  return (
    <section className="rl-response" aria-label="Response">
      {exchange.status === 'idle' && <IdleState />}
      {exchange.status === 'sending' && <SendingState exchange={exchange} />}
      {exchange.status === 'error' && exchange.error && (
        <ErrorView error={exchange.error} exchange={exchange} onResendViaRelay={onResendViaRelay} />
      )}
      {exchange.status === 'done' && exchange.response && (
        <ResponseView
          // A new exchange starts with fresh view state (Show all, filters, scroll).
          key={exchange.id ?? exchange.startedAt}
          response={exchange.response}
          exchange={exchange}
        />
      )}
    </section>
  );
}

function ResponseView({ response, exchange }: { response: ResponseRecord; exchange: Exchange }) {
  const [section, setSection] = useState<SectionId>('body');
  const cookieCount = response.headers.filter(([n]) => n.toLowerCase() === 'set-cookie').length;
  const tabs: TabDef<SectionId>[] = [
    { id: 'body', label: 'Body' },
    { id: 'headers', name: 'Headers', label: <>Headers <Count n={response.headers.length} /></> },
    { id: 'cookies', name: 'Cookies', label: <>Cookies {cookieCount > 0 && <Count n={cookieCount} />}</> },
    { id: 'timing', label: 'Timing' },
    { id: 'redirects', name: 'Redirects', label: <>Redirects {response.redirects.length > 0 && <Count n={response.redirects.length} />}</> },
    { id: 'raw', label: 'Raw' },
  ];
  const bodyKey = `${exchange.id ?? exchange.startedAt ?? response.timing.startedAt}`;
  return (
    <>
      <StatusLine response={response} exchangeId={exchange.id} method={exchange.prepared?.method} />
      <Tabs label="Response sections" tabs={tabs} selected={section} onSelect={setSection} className="rl-response-sections">
        {section === 'body' && <BodyTab response={response} bodyKey={bodyKey} />}
        {section === 'headers' && <HeadersTab response={response} />}
        {section === 'cookies' && <CookiesTab response={response} />}
        {section === 'timing' && <TimingTab response={response} />}
        {section === 'redirects' && <RedirectsTab response={response} />}
        {section === 'raw' && <RawTab response={response} exchange={exchange} />}
      </Tabs>
    </>
  );
}

function Count({ n }: { n: number }) {
  return (
    <span className="rl-count" aria-hidden="true">
      {n}
    </span>
  );
}
