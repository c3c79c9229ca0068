import { useMemo, useState } from 'react';
import { buildCollections } from '../../../core/workspace/tree';
import { useEnvironments, useNodes } from '../../storage/queries';
import type { ExportOutcome } from './exportActions';

// The exporters (and prepare, for HAR) load on the first click, not with the sidebar.
const actions = () => import('./exportActions');

/** Export a collection (Postman v2.1 or HAR) or an environment (Postman) as a file. */
export function ExportSection() {
  const nodes = useNodes();
  const environments = useEnvironments();
  const collections = useMemo(() => (nodes ? buildCollections(nodes) : []), [nodes]);
  const envs = (environments ?? []).filter((e) => e.kind === 'environment' || e.variables.length > 0);
  const [collectionId, setCollectionId] = useState('');
  const [environmentId, setEnvironmentId] = useState('');
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [message, setMessage] = useState<{ text: string; problems: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const collection = collections.find((c) => c.id === collectionId) ?? collections[0];
  const environment = envs.find((e) => e.id === environmentId) ?? envs[0];

  const run = async (what: () => ExportOutcome | Promise<ExportOutcome>) => {
    setError(null);
    setMessage(null);
    try {
      const outcome = await what();
      const left = outcome.problems.length > 0 ? ` ${outcome.problems.length} request(s) could not be prepared and were left out:` : '';
      setMessage({ text: `Exported ${outcome.fileName}.${left}`, problems: outcome.problems });
    } catch (e) {
      setError(`The export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="rl-export">
      <h3 className="rl-panel-title rl-export-title">Export</h3>
      <label className="rl-inline">
        <input type="checkbox" checked={includeSecrets} onChange={(e) => setIncludeSecrets(e.target.checked)} /> Export secret values
      </label>
      {collections.length === 0 ? (
        <p className="rl-note">No collections to export yet.</p>
      ) : (
        <>
          <label className="rl-field">
            <span>Collection to export</span>
            <select aria-label="Collection to export" value={collection?.id ?? ''} onChange={(e) => setCollectionId(e.target.value)}>
              {collections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <div className="rl-toolbar">
            <button type="button" disabled={!collection} onClick={() => collection && void run(async () => (await actions()).exportCollectionAsPostman(collection, includeSecrets))}>
              Export as Postman v2.1
            </button>
            <button
              type="button"
              disabled={!collection}
              title="Every request prepared with the active environment, as it would be sent"
              onClick={() => collection && void run(async () => (await actions()).exportCollectionAsHar(collection, includeSecrets))}
            >
              Export as HAR
            </button>
          </div>
        </>
      )}
      {envs.length > 0 && (
        <>
          <label className="rl-field">
            <span>Environment to export</span>
            <select aria-label="Environment to export" value={environment?.id ?? ''} onChange={(e) => setEnvironmentId(e.target.value)}>
              {envs.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          <div className="rl-toolbar">
            <button type="button" disabled={!environment} onClick={() => environment && void run(async () => (await actions()).exportEnvironment(environment, includeSecrets))}>
              Export environment
            </button>
          </div>
        </>
      )}
      {message && (
        <div role="status">
          {message.text}
          {message.problems.length > 0 && (
            <ul>
              {message.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
