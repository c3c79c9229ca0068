import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** A non-modal panel over the page (the sidebar is too narrow for tables); Esc closes it. */
export function FloatingPanel(props: { label: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, []);
  return createPortal(
    <div
      role="dialog"
      aria-label={props.label}
      className="rl-floating-panel"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div className="rl-floating-head">
        <strong>{props.label}</strong>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
      {props.children}
    </div>,
    document.body,
  );
}
