export function SendControls(props: { sending: boolean; blocker: string | null; onSend: () => void; onCancel: () => void }) {
  if (props.sending) {
    return (
      <button type="button" className="rl-danger rl-send" onClick={props.onCancel} title="Cancel (Esc)">
        Cancel
      </button>
    );
  }
  return (
    <button
      type="button"
      className="rl-primary rl-send"
      disabled={props.blocker !== null}
      title={props.blocker ?? 'Send (Ctrl/Cmd+Enter)'}
      onClick={props.onSend}
    >
      Send
    </button>
  );
}
