import { useSnippet } from '../../../state/code/useSnippet';
import type { EditorTab } from '../../../state/tabsStore';

const CHOICES = { target: 'python' as const, resolveVariables: true, includeSecrets: false };

/** The Python `requests` code for the request in the editor, from the same preparation Send uses. */
export function PythonBeside({ tab }: { tab: EditorTab }) {
  const snippet = useSnippet(tab, CHOICES);
  return (
    <section className="rl-learn-python" aria-labelledby="rl-learn-python-title">
      <h4 id="rl-learn-python-title">The same in Python</h4>
      {snippet.kind === 'ready' ? (
        <pre tabIndex={0} aria-label="Python requests code">
          <code>{snippet.code}</code>
        </pre>
      ) : (
        <p className="rl-note">{snippet.kind === 'error' ? `No code yet: ${snippet.message}` : 'Writing the code…'}</p>
      )}
      <p className="rl-note">
        Run it with <code>python3</code> (<code>pip install requests</code>): your lab logs it like a send from here, and the check below counts it.
      </p>
    </section>
  );
}
