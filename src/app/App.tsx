import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { AppLayout } from './layout/AppLayout';
import { ThemeToggle } from './theme/ThemeToggle';
import { RequestEditor } from './features/request';
import { TabBar } from './features/tabs';
import { ResponsePanel } from './features/response';
import { useActiveTab } from './state/useActiveTab';
import { useSendRequest } from './state/useSendRequest';
import { relayAvailable } from '../transport';
import { installWorkspace, saveTabs } from './features/collections';
import { useNodes } from './storage/queries';
import { installInterop } from './features/import';
import { installCookies } from './features/cookies';
import { CompareHost } from './features/compare';
import { closeLearn, useLearnRoute } from './features/learn/route';
import { focusUrlField, URL_FIELD_ID } from './state/focusUrl';

// Learn loads on first use: the entry carries only the route and the button.
const LearnSpace = lazy(() => import('./features/learn/space/LearnSpace'));

// Sidebar panels (collections, history, environments, backup), variables for prepare, history recording.
installWorkspace();
installInterop();
installCookies();

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } } });

/** The response meets history here: "Compare with previous send" looks the earlier send up in history. */
function ActiveResponse() {
  const tab = useActiveTab();
  const { resendVia } = useSendRequest(tab.id);
  const { exchange } = tab;
  const canRelay = relayAvailable() && exchange.sender === 'browser';
  const compare = exchange.prepared && exchange.startedAt !== undefined ? () => import('./features/history').then((m) => m.compareWithPreviousSend(exchange)) : undefined;
  return <ResponsePanel exchange={exchange} onResendViaRelay={canRelay ? () => void resendVia('relay') : undefined} onCompareWithPrevious={compare} />;
}

/** Tabs meet collections here, in the shell: "Save all" saves each tab over its saved request. */
function Tabs() {
  const nodes = useNodes();
  return <TabBar saveTabs={nodes ? (ids) => saveTabs(ids, nodes) : undefined} />;
}

/** Opens and closes Learn: a link, so a teacher's `#/learn/<lesson>` and the browser's Back work alike. */
function LearnButton({ open }: { open: boolean }) {
  return open ? (
    <button type="button" className="rl-topbar-learn" aria-pressed="true" onClick={closeLearn}>
      Learn
    </button>
  ) : (
    <a className="rl-topbar-learn" href="#/learn">
      Learn
    </a>
  );
}

export function App() {
  const learn = useLearnRoute();
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
            <LearnButton open={learn.open} />
            <ThemeToggle />
          </>
        }
        tabs={<Tabs />}
        request={<RequestEditor />}
        response={<ActiveResponse />}
        side={
          learn.open ? (
            <Suspense fallback={<aside className="rl-side-panel rl-note">Opening Learn…</aside>}>
              <LearnSpace route={learn} />
            </Suspense>
          ) : undefined
        }
      />
      <CompareHost />
    </QueryClientProvider>
  );
}
