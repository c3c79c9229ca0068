import { lazy, Suspense, useState } from 'react';
import type { RequestModel } from '../../../core/model';
import { TabPanel } from '../../components/TabPanel';
import { TabStrip } from '../../components/TabStrip';
import { ParamsSection } from './params/ParamsSection';
import { SettingsSection } from './settings/SettingsSection';

// Params and Settings are what a first request needs; the others (header knowledge, file
// pickers, form tables) load on first use to keep the entry chunk small.
const HeadersSection = lazy(() => import('./headers/HeadersSection').then((m) => ({ default: m.HeadersSection })));
const AuthSection = lazy(() => import('./auth/AuthSection').then((m) => ({ default: m.AuthSection })));
const BodySection = lazy(() => import('./body/BodySection').then((m) => ({ default: m.BodySection })));
const ScriptEventsEditor = lazy(() => import('../editor/scripts').then((m) => ({ default: m.ScriptEventsEditor })));

type SectionId = 'params' | 'headers' | 'auth' | 'body' | 'scripts' | 'settings';
type Update = (r: (req: RequestModel) => RequestModel) => void;

/** The section each tab had open, so switching tabs comes back to the same place. */
const sectionByTab = new Map<string, SectionId>();

function count(n: number): string | undefined {
  return n > 0 ? String(n) : undefined;
}

export function RequestSections({ tabId, request, update }: { tabId: string; request: RequestModel; update: Update }) {
  const [section, setSectionState] = useState<SectionId>(() => sectionByTab.get(tabId) ?? 'params');
  const setSection = (id: SectionId) => {
    sectionByTab.set(tabId, id);
    setSectionState(id);
  };
  const tabs = [
    { id: 'params' as const, label: 'Params', badge: count(request.params.filter((p) => p.enabled).length) },
    { id: 'headers' as const, label: 'Headers', badge: count(request.headers.filter((h) => h.enabled).length) },
    { id: 'auth' as const, label: 'Auth' },
    { id: 'body' as const, label: 'Body', badge: request.body.mode === 'none' ? undefined : '•' },
    { id: 'scripts' as const, label: 'Scripts', badge: request.events?.some((e) => e.exec.some((l) => l.trim() !== '')) ? '•' : undefined },
    { id: 'settings' as const, label: 'Settings' },
  ];
  return (
    <div className="rl-request-sections">
      <TabStrip label="Request sections" idPrefix="rl-req" tabs={tabs} selected={section} onSelect={setSection} />
      <TabPanel idPrefix="rl-req" id={section}>
        <Suspense fallback={<p className="rl-note">Loading…</p>}>
          {section === 'params' && <ParamsSection request={request} update={update} />}
          {section === 'headers' && <HeadersSection request={request} update={update} />}
          {section === 'auth' && <AuthSection request={request} update={update} />}
          {section === 'body' && <BodySection tabId={tabId} request={request} update={update} />}
          {section === 'scripts' && <ScriptEventsEditor id={`request/${tabId}`} events={request.events} onChange={(events) => update((req) => ({ ...req, events }))} fill />}
          {section === 'settings' && <SettingsSection request={request} update={update} />}
        </Suspense>
      </TabPanel>
    </div>
  );
}
