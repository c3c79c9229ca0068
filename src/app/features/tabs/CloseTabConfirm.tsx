import { useEffect, useRef } from 'react';

/** "Save and close / Close without saving / Cancel" for a tab with unsaved edits of a saved request. */
export function CloseTabConfirm(props: { name: string; canSave: boolean; onSave: () => void; onDiscard: () => void; onCancel: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="rl-close-tab-title"
      className="rl-confirm rl-close-tab"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <p id="rl-close-tab-title">“{props.name}” has changes that are not saved.</p>
      {props.canSave && (
        <button type="button" ref={first} onClick={props.onSave}>
          Save and close
        </button>
      )}
      <button type="button" ref={props.canSave ? undefined : first} onClick={props.onDiscard}>
        Close without saving
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
