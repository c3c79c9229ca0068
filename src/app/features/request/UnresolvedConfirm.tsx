export function UnresolvedConfirm(props: { names: string[]; onSendAnyway: () => void; onDismiss: () => void }) {
  const list = props.names.map((n) => `{{${n}}}`).join(', ');
  return (
    <div className="rl-confirm" role="alertdialog" aria-label="Unresolved variables" aria-describedby="rl-unresolved-text">
      <p id="rl-unresolved-text">
        {props.names.length === 1 ? 'This variable has' : 'These variables have'} no value: <code>{list}</code>.{' '}
        {props.names.length === 1 ? 'It' : 'They'} would be sent as typed. Define {props.names.length === 1 ? 'it' : 'them'} in an
        environment, or send anyway.
      </p>
      <button type="button" className="rl-primary" onClick={props.onSendAnyway} autoFocus>
        Send anyway
      </button>{' '}
      <button type="button" onClick={props.onDismiss}>
        Don't send
      </button>
    </div>
  );
}
