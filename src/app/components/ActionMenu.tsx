import { useEffect, useRef } from 'react';

export interface ActionMenuItem<A extends string> {
  action: A;
  label: string;
}

/** A list of actions as a menu: the first item takes focus, arrow keys move, Esc closes. */
export function ActionMenu<A extends string>(props: { label: string; items: readonly ActionMenuItem<A>[]; onAction: (action: A) => void; onClose: () => void }) {
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') props.onClose();
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Home') items[0]?.focus();
    else if (e.key === 'End') items[items.length - 1]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <ul role="menu" aria-label={props.label} className="rl-menu" ref={ref} onKeyDown={onKeyDown}>
      {props.items.map((item) => (
        <li key={item.action} role="none">
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => props.onAction(item.action)}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
