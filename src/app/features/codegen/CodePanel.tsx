import { useState } from 'react';
import { DEFAULT_SNIPPET_TARGET, isSnippetTarget, SNIPPET_TARGETS, type SnippetTargetId } from '../../../core/interop/codegen/targets';
import { useActiveTab } from '../../state/useActiveTab';
import { copyText } from './copyText';
import { useSnippet } from '../../state/code/useSnippet';
import './codegen.css';

/** Code that sends the current request, in the chosen language; secrets masked unless asked. */
export function CodePanel({ onClose }: { onClose: () => void }) {
  const tab = useActiveTab();
  const [target, setTarget] = useState<SnippetTargetId>(DEFAULT_SNIPPET_TARGET);
  const [resolveVariables, setResolveVariables] = useState(true);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const snippet = useSnippet(tab, { target, resolveVariables, includeSecrets });

  const copy = async () => {
    if (snippet.kind !== 'ready') return;
    try {
      await copyText(snippet.code);
      setCopied('Copied to the clipboard.');
    } catch (e) {
      setCopied(`Could not copy: ${e instanceof Error ? e.message : String(e)}. Select the code and copy it by hand.`);
    }
  };

  return (
    <div
      role="dialog"
      aria-label="Code snippet"
      className="rl-code-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="rl-code-head">
        <h2 className="rl-panel-title">Code</h2>
        <label className="rl-inline">
          Language{' '}
          <select
            aria-label="Language"
            autoFocus
            value={target}
            onChange={(e) => {
              setCopied(null);
              if (isSnippetTarget(e.target.value)) setTarget(e.target.value);
            }}
          >
            {SNIPPET_TARGETS.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className="rl-inline">
          <input type="checkbox" checked={resolveVariables} onChange={(e) => setResolveVariables(e.target.checked)} /> Resolve variables
        </label>
        <label className="rl-inline">
          <input type="checkbox" checked={includeSecrets} onChange={(e) => setIncludeSecrets(e.target.checked)} /> Include secrets
        </label>
        <span className="rl-topbar-spacer" />
        <button type="button" disabled={snippet.kind !== 'ready'} onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {!includeSecrets && <p className="rl-note">Secret variables are shown as {'{{name}}'}; tick “Include secrets” to put their values in the code.</p>}
      {snippet.kind === 'error' && (
        <p role="alert" className="rl-error-text">
          No code for this request yet: {snippet.message}
        </p>
      )}
      <pre aria-label="Generated code" className="rl-code-view" tabIndex={0}>
        {snippet.kind === 'ready' ? snippet.code : snippet.kind === 'loading' ? 'Generating…' : ''}
      </pre>
      {copied && <p role="status">{copied}</p>}
    </div>
  );
}
