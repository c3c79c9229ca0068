import { useRef } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  /** Small count or marker after the label (e.g. "2"). */
  badge?: string;
}

export interface TabStripProps<T extends string> {
  /** Accessible name of the tablist. */
  label: string;
  idPrefix: string;
  tabs: TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/** WAI-ARIA tabs: arrow keys move between tabs, only the selected one is in the tab order. */
export function TabStrip<T extends string>({ label, idPrefix, tabs, selected, onSelect }: TabStripProps<T>) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const move = (delta: number) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const next = tabs[(at + delta + tabs.length) % tabs.length]!;
    onSelect(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      className="rl-tabstrip"
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        else if (e.key === 'ArrowLeft') move(-1);
        else return;
        e.preventDefault();
      }}
    >
      {tabs.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            if (el) refs.current.set(t.id, el);
            else refs.current.delete(t.id);
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, t.id)}
          aria-selected={t.id === selected}
          aria-controls={panelId(idPrefix, t.id)}
          tabIndex={t.id === selected ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
          {t.badge && <span className="rl-tab-badge" aria-hidden="true">{t.badge}</span>}
        </button>
      ))}
    </div>
  );
}
