import type { ComponentType } from 'react';
import { lazySidebarPanel } from '../../layout/lazySidebarPanel';
import { registerSidebarSection } from '../../layout/sidebarRegistry';
import { setPrepareContextProvider } from '../../state/prepareContext';
import { setScriptContextProvider } from '../../state/scriptContext';
import { setRunContextProvider } from '../../state/runContext';
import { onExchangeComplete } from '../../state/exchangeEvents';
import { afterNextPaint } from '../../state/afterNextPaint';
import { loadOnce } from '../../../core/async/loadOnce';

/** Loaded once: a send awaits it before its request leaves, and a repeated import() would yield to a task. */
const runtime = loadOnce(() => import('./workspaceRuntime'));

type PanelName = 'WorkspaceStatus' | 'EnvironmentsPanel' | 'CollectionsPanel' | 'HistoryList' | 'BackupPanel';

/** A sidebar panel from the lazily loaded runtime. */
function lazyPanel(name: PanelName): ComponentType {
  return lazySidebarPanel(async () => (await runtime())[name]);
}

let installed = false;

/**
 * Plugs the workspace into the shell: sidebar panels, variables and inherited auth for prepare,
 * and history recording. Called once at start-up; the heavy parts load after first paint.
 */
export function installWorkspace(): void {
  if (installed) return;
  installed = true;
  registerSidebarSection({ id: 'storage-status', title: 'Storage status', order: 0, Component: lazyPanel('WorkspaceStatus') });
  registerSidebarSection({ id: 'environments', title: 'Environments', activity: 'environments', order: 10, Component: lazyPanel('EnvironmentsPanel') });
  registerSidebarSection({ id: 'collections', title: 'Collections', activity: 'collections', order: 20, Component: lazyPanel('CollectionsPanel') });
  registerSidebarSection({ id: 'history', title: 'History', activity: 'history', order: 30, Component: lazyPanel('HistoryList') });
  registerSidebarSection({ id: 'backup', title: 'Backup', activity: 'interop', order: 40, Component: lazyPanel('BackupPanel') });
  setPrepareContextProvider(async (_tab, request) => (await runtime()).prepareContextFor(request));
  setScriptContextProvider(async (_tab, request) => (await runtime()).scriptContextFor(request));
  setRunContextProvider(async (target) => (await runtime()).runContextFor(target));
  onExchangeComplete((done) => {
    // After the response is painted: history, its caches and IndexedDB wait one frame, the person doesn't.
    // A failed write is shown by the store's alert banner; sending itself is never affected.
    afterNextPaint(() => {
      void runtime()
        .then((m) => m.recordExchange(done))
        .catch(() => undefined);
    });
  });
}
