import { tabsStore } from '../../state/tabsStore';
import { useTabsState } from '../../state/useTabsState';
import { useTabShortcuts } from './useTabShortcuts';
import './tabs.css';

function title(name: string, method: string, url: string): string {
  if (name && name !== 'Untitled request') return name;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '') || url;
  return path ? `${method} ${path}` : 'New request';
}

/** The open requests. Each is a tab of its own; a dot marks unsaved changes. */
export function TabBar() {
  const { tabs, activeId } = useTabsState();
  useTabShortcuts();
  return (
    <div className="rl-tabbar">
      <div role="tablist" aria-label="Open requests" className="rl-tabbar-list">
        {tabs.map((t, i) => {
          const label = title(t.request.name, t.request.method, t.request.url);
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
                <span className="rl-tabbar-method" aria-hidden="true">
                  {t.request.method}
                </span>
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
                onClick={() => tabsStore.closeTab(t.id)}
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
      <button type="button" onClick={() => tabsStore.closeTab(tabsStore.getState().activeId)} title="Close tab (Ctrl/Cmd+W)">
        Close tab
      </button>
    </div>
  );
}
