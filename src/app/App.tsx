import { useEffect } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AppLayout } from './layout/AppLayout';
import { ThemeToggle } from './theme/ThemeToggle';
import { RequestEditor } from './features/request';
import { TabBar } from './features/tabs';
import { ResponsePanel } from './features/response';
import { useActiveTab } from './state/useActiveTab';
import { useSendRequest } from './state/useSendRequest';
import { relayAvailable } from '../transport';
import type { ResponseRecord } from '../core/model';
import { installWorkspace, saveResponseAsExample, saveTabs } from './features/collections';
import { useNodes } from './storage/queries';
import { installInterop } from './features/import';
import { installCookies } from './features/cookies';
import { CompareHost } from './features/compare';
import { RunnerHost } from './features/runner';
import { focusUrlField, URL_FIELD_ID } from './state/focusUrl';
import { ACTIVITIES } from './shell/activities';
import { SideContent } from './shell/SideContent';
import { SplitToggle } from './shell/SplitToggle';
import { ShortcutsButton } from './shell/ShortcutsButton';
import { useSidePanelControl } from './shell/useSidePanelControl';
import { markAppStarted } from './state/afterStartup';
import { useIdleAfterStart } from './state/useIdleAfterStart';

// Sidebar panels (collections, history, environments, backup), variables for prepare, history recording.
installWorkspace();
installInterop();
installCookies();

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } } });

/**
 * The response meets history and collections here: "Compare with previous send" looks the earlier
 * send up in history; "Save as example" keeps the response with the saved request the tab edits.
 */
function ActiveResponse() {
  const tab = useActiveTab();
  // The saved tree (for "Save as example") is read after the first screen, not before it.
  const nodes = useNodes(useIdleAfterStart());
  const { resendVia } = useSendRequest(tab.id);
  const { exchange } = tab;
  const canRelay = relayAvailable() && exchange.sender === 'browser';
  const compare = exchange.prepared && exchange.startedAt !== undefined ? () => import('./features/history').then((m) => m.compareWithPreviousSend(exchange)) : undefined;
  const saveAsExample = nodes ? (response: ResponseRecord, name: string) => saveResponseAsExample(tab.id, response, name, nodes) : undefined;
  return (
    <ResponsePanel
      exchange={exchange}
      onResendViaRelay={canRelay ? () => void resendVia('relay') : undefined}
      onCompareWithPrevious={compare}
      onSaveAsExample={saveAsExample}
    />
  );
}

/** Tabs meet collections here, in the shell: "Save all" saves each tab over its saved request. */
function Tabs() {
  const nodes = useNodes(useIdleAfterStart());
  return <TabBar saveTabs={nodes ? (ids) => saveTabs(ids, nodes) : undefined} />;
}

export function App() {
  const side = useSidePanelControl();
  // The first screen is committed: work deferred to idle may start (see afterStartup).
  useEffect(markAppStarted, []);
  return (
    <QueryClientProvider client={queryClient}>
      <AppLayout
        topBar={
          <>
            <a
              className="rl-skip-link"
              href={`#${URL_FIELD_ID}`}
              onClick={(event) => {
                // Learn uses the hash for its routes: move focus without changing it.
                event.preventDefault();
                focusUrlField();
              }}
            >
              Skip to the request
            </a>
            <h1 className="rl-brand">
              Req<span>lab</span>
            </h1>
            <span className="rl-topbar-spacer" />
            <SplitToggle />
            <ShortcutsButton />
            <ThemeToggle />
          </>
        }
        tabs={<Tabs />}
        request={<RequestEditor />}
        response={<ActiveResponse />}
        activities={ACTIVITIES}
        open={side.open}
        onChoose={side.onChoose}
        onFold={side.onFold}
        side={<SideContent open={side.open} learn={side.learn} onFold={side.onFold} />}
      />
      <CompareHost />
      <RunnerHost />
    </QueryClientProvider>
  );
}
