/** Before the first send: what will appear here. */
export function IdleState() {
  return (
    <div className="rl-idle">
      <p>No response yet.</p>
      <p className="rl-muted">
        Type a URL and press <kbd>Send</kbd> (or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>). The status, headers, body, cookies and
        timing will appear here. Try <code>/sandbox/anything</code> to see your own request echoed back.
      </p>
    </div>
  );
}
