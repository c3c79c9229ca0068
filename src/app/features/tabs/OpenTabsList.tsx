import { useCallback, type KeyboardEvent } from 'react';
import type { TabEdit } from '../../state/tabsStore';
import { tabsStore } from '../../state/tabsStore';
import { MethodBadge } from '../../components/MethodBadge';
import { tabTitle } from './tabTitle';

/**
 * The open requests as a WAI-ARIA tab list: one tab stop (the active tab), arrows/Home/End move and
 * activate, Delete closes. The tablist holds tabs only (axe `aria-required-children`), so the mouse's
 * "×" lives inside each tab, hidden from assistive technology; the keyboard's close is Delete, the
 * "Close tab" button and Alt+W.
 */
export function OpenTabsList({ tabs, activeId, requestClose }: { tabs: readonly TabEdit[]; activeId: string; requestClose: (id: string) => void }) {
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const index = tabs.findIndex((t) => t.id === activeId);
      let target: number;
      if (event.key === 'ArrowRight') target = (index + 1) % tabs.length;
      else if (event.key === 'ArrowLeft') target = (index - 1 + tabs.length) % tabs.length;
      else if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = tabs.length - 1;
      else if (event.key === 'Delete') {
        event.preventDefault();
        requestClose(activeId);
        return;
      } else return;
      event.preventDefault();
      const next = tabs[target];
      if (!next) return;
      tabsStore.activate(next.id);
      const list = event.currentTarget;
      // Focus follows after React has moved the tab stop.
      requestAnimationFrame(() => list.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
    },
    [tabs, activeId, requestClose],
  );
  return (
    <div role="tablist" aria-label="Open requests" className="rl-tabbar-list" onKeyDown={onKeyDown}>
      {tabs.map((t) => {
        const label = tabTitle(t.request.name, t.request.url);
        const active = t.id === activeId;
        return (
          <div
            key={t.id}
            role="tab"
            className="rl-tabbar-item"
            aria-selected={active}
            tabIndex={active ? 0 : -1}
            title={t.request.url || label}
            data-active={active || undefined}
            onClick={() => tabsStore.activate(t.id)}
            onAuxClick={(e) => e.button === 1 && requestClose(t.id)}
          >
            <MethodBadge method={t.request.method} className="rl-tabbar-method" />
            <span className="rl-tabbar-title">{label}</span>
            {t.dirty && (
              <span className="rl-dirty" title="Unsaved changes">
                <span aria-hidden="true">●</span>
                <span className="rl-visually-hidden">, unsaved changes</span>
              </span>
            )}
            <span
              className="rl-tabbar-close"
              aria-hidden="true"
              title={`Close ${label}`}
              onClick={(e) => {
                e.stopPropagation();
                requestClose(t.id);
              }}
            >
              ×
            </span>
          </div>
        );
      })}
    </div>
  );
}
