import { useSyncExternalStore } from 'react';
import { sidebarStore } from './sidebarRegistry';
import { useRestoredScroll } from './useRestoredScroll';

export function Sidebar() {
  const sections = useSyncExternalStore(sidebarStore.subscribe, sidebarStore.get);
  const scroller = useRestoredScroll<HTMLElement>('sidebar.scroll');
  return (
    <aside aria-label="Sidebar" className="rl-sidebar" ref={scroller}>
      {sections.length === 0 && <p className="rl-note rl-sidebar-empty">Collections and history will appear here.</p>}
      {sections.map(({ id, title, Component }) => (
        <section key={id} aria-label={title} className="rl-sidebar-section">
          <Component />
        </section>
      ))}
    </aside>
  );
}
