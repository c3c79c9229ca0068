import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import X from 'lucide-react/icons/x';
import { MAIN_SHEET_HOST_ID } from './mainSheetHost';
import './mainSheet.css';

/**
 * A page-sized editor laid over the main area (tabs, request and response), as Postman opens an
 * environment in the work area: a side panel is too narrow for tables, and a small floating box
 * hid Send. Not modal: the side panel stays usable. Esc or Close puts focus back where it was.
 */
export function MainSheet(props: { title: string; eyebrow?: string; onClose: () => void; children: ReactNode; headerExtra?: ReactNode; autoFocus?: 'first' | 'none' }) {
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const { onClose } = props;
  // Where focus goes is decided once, when the sheet opens.
  const initialFocus = useRef(props.autoFocus ?? 'first');
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (initialFocus.current === 'first') ref.current?.querySelector<HTMLElement>('.rl-sheet-body input, .rl-sheet-body textarea, .rl-sheet-body select, .rl-sheet-body button')?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const host = document.getElementById(MAIN_SHEET_HOST_ID) ?? document.body;
  return createPortal(
    <section
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      className="rl-sheet"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="rl-sheet-head">
        <div className="rl-sheet-title">
          {props.eyebrow && <span className="rl-sheet-eyebrow">{props.eyebrow}</span>}
          <h2 id={titleId}>{props.title}</h2>
        </div>
        {props.headerExtra}
        <button type="button" className="rl-sheet-close" onClick={onClose}>
          <X size={14} aria-hidden="true" />
          Close
        </button>
      </div>
      <div className="rl-sheet-body">{props.children}</div>
    </section>,
    host,
  );
}
