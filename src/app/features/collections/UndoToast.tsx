import { createPortal } from 'react-dom';
import { dismissToast, useToast } from './undoToast';

export function UndoToast() {
  const toast = useToast();
  return createPortal(
    <div role="status" aria-live="polite" className="rl-toast-area">
      {toast && (
        <div className="rl-toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              onClick={() => {
                const undo = toast.undo;
                dismissToast();
                void Promise.resolve(undo?.()).catch(() => undefined);
              }}
            >
              Undo
            </button>
          )}
          <button type="button" aria-label="Dismiss" onClick={dismissToast}>
            ×
          </button>
        </div>
      )}
    </div>,
    document.body,
  );
}
