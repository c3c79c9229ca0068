import { formatBytes } from '../../../core/format/bytes';

/** A GET, HEAD or DELETE about to carry a body: most often one left over from an earlier POST. */
export function LeftoverBodyConfirm(props: { method: string; bytes: number; onWithout: () => void; onWith: () => void; onDismiss: () => void }) {
  return (
    <div className="rl-confirm" role="alertdialog" aria-label="Body on a request without body semantics" aria-describedby="rl-leftover-body-text">
      <p id="rl-leftover-body-text">
        This {props.method} has a body ({formatBytes(props.bytes)}), perhaps left from an earlier method. A body on {props.method} has no defined
        meaning: many servers ignore or reject it, and browsers won't send one.
      </p>
      <button type="button" className="rl-primary" onClick={props.onWithout} autoFocus>
        Send without the body
      </button>{' '}
      <button type="button" onClick={props.onWith}>
        Send with the body
      </button>{' '}
      <button type="button" onClick={props.onDismiss}>
        Don't send
      </button>
    </div>
  );
}
