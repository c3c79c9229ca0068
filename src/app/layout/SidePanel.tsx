import { useSyncExternalStore, type ReactNode } from 'react';
import PanelLeftClose from 'lucide-react/icons/panel-left-close';
import type { WorkspaceActivity } from './activityStore';
import { sidebarStore } from './sidebarRegistry';
import { useRestoredScroll } from './useRestoredScroll';

/** One workspace panel (collections, environments …): its title, a fold button, and the sections registered for it. */
export function SidePanel(props: { id: string; activity: WorkspaceActivity; title: string; onFold: () => void; extra?: ReactNode }) {
  const sections = useSyncExternalStore(sidebarStore.subscribe, sidebarStore.get).filter((s) => s.activity === undefined || s.activity === props.activity);
  const scroller = useRestoredScroll<HTMLDivElement>(`sidebar.scroll.${props.activity}`);
  return (
    <aside id={props.id} aria-labelledby={`${props.id}-title`} className="rl-sidebar">
      <header className="rl-side-header">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <button type="button" className="rl-icon-button" onClick={props.onFold} aria-label="Fold the side panel away" title="Fold the side panel away">
          <PanelLeftClose aria-hidden size={16} />
        </button>
      </header>
      <div className="rl-side-body" ref={scroller}>
        {sections.length === 0 && <p className="rl-note rl-sidebar-empty">Loading…</p>}
        {sections.map(({ id, title, Component }) => (
          // The panel's header already names the section that shares its title.
          <section key={id} aria-label={title} className="rl-sidebar-section" data-lead={title === props.title || undefined}>
            <Component />
          </section>
        ))}
        {props.extra}
      </div>
    </aside>
  );
}
