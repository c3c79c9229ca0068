import { useSyncExternalStore } from 'react';
import { sidebarStore } from './sidebarRegistry';

export function Sidebar() {
  const sections = useSyncExternalStore(sidebarStore.subscribe, sidebarStore.get);
  return (
    <aside aria-label="Sidebar" className="rl-sidebar">
      {sections.length === 0 && <p className="rl-note rl-sidebar-empty">Collections and history will appear here.</p>}
      {sections.map(({ id, title, Component }) => (
        <section key={id} aria-label={title} className="rl-sidebar-section">
          <Component />
        </section>
      ))}
    </aside>
  );
}
