/** A dialog's submit and Cancel buttons, right-aligned, in that order. */
export function DialogActions(props: { submit: string; onCancel: () => void; disabled?: boolean }) {
  return (
    <div className="rl-dialog-actions">
      <button type="submit" disabled={props.disabled}>
        {props.submit}
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
