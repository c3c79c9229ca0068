import { useState } from 'react';
import { ownRequestName } from '../../../core/model';
import { tabsStore, type SaveTabsOutcome } from '../../state/tabsStore';
import { useOpenTabs } from '../../state/useOpenTabs';
import { CloseTabConfirm } from './CloseTabConfirm';
import { useCloseTab } from './useCloseTab';
import { useTabShortcuts } from './useTabShortcuts';
import './tabs.css';
import { OpenTabsList } from './OpenTabsList';
import { tabTitle } from './tabTitle';

function saveSummary(r: SaveTabsOutcome): string {
  const parts = [`Saved ${r.saved} ${r.saved === 1 ? 'request' : 'requests'}.`];
  if (r.withoutPlace) parts.push(`${r.withoutPlace} new ${r.withoutPlace === 1 ? 'request has' : 'requests have'} no place yet: use Save as….`);
  if (r.failed) parts.push(`${r.failed} could not be saved (see the message above).`);
  if (r.conflicts) parts.push(`${r.conflicts} ${r.conflicts === 1 ? 'was' : 'were'} saved in another window meanwhile: open ${r.conflicts === 1 ? 'it' : 'each'} and press Save to choose.`);
  return parts.join(' ');
}

/**
 * The open requests. Each is a tab of its own; a dot marks unsaved changes. `saveTabs` comes from
 * the app shell (collections know where a request is saved; tabs do not).
 */
export function TabBar({ saveTabs }: { saveTabs?: (ids: string[]) => Promise<SaveTabsOutcome> }) {
  const { tabs, activeId } = useOpenTabs();
  const { asking, requestClose, answer } = useCloseTab();
  const [summary, setSummary] = useState<string | null>(null);
  useTabShortcuts(requestClose);
  const dirty = tabs.filter((t) => t.dirty);
  const askingTab = tabs.find((t) => t.id === asking);
  return (
    <div className="rl-tabbar">
      <OpenTabsList tabs={tabs} activeId={activeId} requestClose={requestClose} />
      <button type="button" onClick={() => tabsStore.openTab()} title="New tab (Alt+T)">
        New tab
      </button>
      <button type="button" onClick={() => requestClose(tabsStore.getState().activeId)} title="Close tab (Alt+W)">
        Close tab
      </button>
      {saveTabs && dirty.length > 0 && (
        <button type="button" onClick={() => void saveTabs(dirty.map((t) => t.id)).then((r) => setSummary(saveSummary(r)))}>
          Save all
        </button>
      )}
      <span role="status" className="rl-note rl-tabbar-status">
        {summary}
      </span>
      {askingTab && (
        <CloseTabConfirm
          name={ownRequestName(askingTab.request.name) || `${askingTab.request.method} ${tabTitle(askingTab.request.name, askingTab.request.url)}`}
          canSave={!!saveTabs}
          onSave={() =>
            void saveTabs?.([askingTab.id]).then((r) => {
              if (r.saved === 1) answer('discard');
            })
          }
          onDiscard={() => answer('discard')}
          onCancel={() => answer('cancel')}
        />
      )}
    </div>
  );
}
