import { useState } from 'react';
import { ownRequestName } from '../../../core/model';
import { tabsStore, type SaveTabsOutcome } from '../../state/tabsStore';
import { useTabsState } from '../../state/useTabsState';
import { CloseTabConfirm } from './CloseTabConfirm';
import { useCloseTab } from './useCloseTab';
import { useTabShortcuts } from './useTabShortcuts';
import './tabs.css';
import { MethodBadge } from '../../components/MethodBadge';

/** The request's name, else its path: the method is already on the tab's badge, once. */
function title(name: string, url: string): string {
  if (ownRequestName(name)) return name;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '') || url;
  return path || 'New request';
}

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
  const { tabs, activeId } = useTabsState();
  const { asking, requestClose, answer } = useCloseTab();
  const [summary, setSummary] = useState<string | null>(null);
  useTabShortcuts(requestClose);
  const dirty = tabs.filter((t) => t.dirty);
  const askingTab = tabs.find((t) => t.id === asking);
  return (
    <div className="rl-tabbar">
      <div role="tablist" aria-label="Open requests" className="rl-tabbar-list">
        {tabs.map((t, i) => {
          const label = title(t.request.name, t.request.url);
          const titleId = `rl-open-tab-title-${t.id}`;
          // The accessible name carries no URL text: a URL with "auth" or "body" in it must not
          // make this tab answer to the request section names ("Auth", "Body" …).
          const name = `Tab ${i + 1}: ${t.request.method}${t.dirty ? ', unsaved changes' : ''}`;
          return (
            <div key={t.id} className="rl-tabbar-item" data-active={t.id === activeId || undefined}>
              <button
                type="button"
                role="tab"
                aria-selected={t.id === activeId}
                aria-label={name}
                aria-describedby={titleId}
                title={t.request.url || label}
                onClick={() => tabsStore.activate(t.id)}
              >
                <MethodBadge method={t.request.method} className="rl-tabbar-method" hidden />
                {t.dirty && (
                  <span className="rl-dirty" aria-hidden="true" title="Unsaved changes">
                    ●
                  </span>
                )}{' '}
                <span className="rl-tabbar-title" id={titleId}>
                  {label}
                </span>
              </button>
              <button
                type="button"
                className="rl-tabbar-close"
                aria-label={`Close ${t.request.method} tab ${i + 1}`}
                title={`Close ${label}`}
                onClick={() => requestClose(t.id)}
              >
                ×
              </button>
            </div>
          );
        })}
      </div>
      <button type="button" onClick={() => tabsStore.openTab()} title="New tab (Ctrl/Cmd+T)">
        New tab
      </button>
      <button type="button" onClick={() => requestClose(tabsStore.getState().activeId)} title="Close tab (Ctrl/Cmd+W)">
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
          name={ownRequestName(askingTab.request.name) || `${askingTab.request.method} ${title(askingTab.request.name, askingTab.request.url)}`}
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
