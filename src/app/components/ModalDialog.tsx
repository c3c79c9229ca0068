import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modalDialog.css';

/**
 * A modal dialog on the native `<dialog>` (showModal): the browser traps focus, makes the page
 * behind inert and closes on Esc. Labelled by its visible title.
 */
export function ModalDialog(props: { title: string; onClose: () => void; className?: string; children: ReactNode; headerExtra?: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`rl-modal ${props.className ?? ''}`.trim()}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <div className="rl-modal-head">
        <h2 id={titleId}>{props.title}</h2>
        {props.headerExtra}
      </div>
      {props.children}
    </dialog>
  );
}
