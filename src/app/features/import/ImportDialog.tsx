import { useEffect, useState } from 'react';
import { tabsStore } from '../../state/tabsStore';
import { AddToCollection } from './AddToCollection';
import { addToWorkspace } from './addToWorkspace';
import { ImportReportView, importedSummary } from './ImportReportView';
import { singleRequest } from './singleRequest';
import { useImportRun } from './useImportRun';

/**
 * Import from a file or pasted text. The format is found from the content; parsing runs in the
 * worker; nothing is written until the person has seen the report and chosen "Add to workspace".
 */
export function ImportDialog(props: { initialFile?: File; onClose: () => void; onDone: (message: string) => void }) {
  const { state, run, runFile, reset } = useImportRun();
  const [text, setText] = useState('');
  const [writeError, setWriteError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { initialFile } = props;

  useEffect(() => {
    if (initialFile) void runFile(initialFile);
  }, [initialFile, runFile]);

  const result = state.kind === 'ready' ? state.result : null;
  const single = result ? singleRequest(result) : null;

  const add = async () => {
    if (!result) return;
    setAdding(true);
    setWriteError(null);
    try {
      const added = await addToWorkspace(result);
      const what = [
        ...added.collections.map((n) => `collection “${n}”`),
        ...added.environments.map((n) => `environment “${n}”`),
        ...(added.globalsAdded > 0 ? [`${added.globalsAdded} global variable${added.globalsAdded === 1 ? '' : 's'}`] : []),
      ];
      const kept = added.globalsKept.length > 0 ? ` Globals already set were kept: ${added.globalsKept.join(', ')}.` : '';
      props.onDone(`Added ${what.length > 0 ? what.join(', ') : 'nothing'} to the workspace (${importedSummary(result.report)}).${kept}`);
      props.onClose();
    } catch (e) {
      setWriteError(e instanceof Error ? e.message : String(e));
    } finally {
      setAdding(false);
    }
  };

  const openInTab = () => {
    if (!single) return;
    tabsStore.openTab(structuredClone(single));
    props.onDone(`Opened “${single.name}” in a new tab.`);
    props.onClose();
  };

  return (
    <div className="rl-import-backdrop">
      <div
        role="dialog"
        aria-label="Import"
        aria-modal="true"
        className="rl-import-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onClose();
        }}
      >
        <h2 className="rl-panel-title">Import</h2>
        <p className="rl-note">Postman collection, environment or globals (v1, v2.0, v2.1), OpenAPI 3 / Swagger 2 (JSON or YAML), HAR, or a cURL command.</p>
        <label className="rl-field">
          <span>Import file</span>
          <input
            type="file"
            autoFocus
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void runFile(file);
              e.target.value = '';
            }}
          />
        </label>
        <label className="rl-field">
          <span>Paste to import</span>
          <textarea rows={5} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} placeholder="curl https://… or a collection's JSON" />
        </label>
        <div className="rl-toolbar">
          <button type="button" disabled={text.trim() === '' || state.kind === 'reading'} onClick={() => void run(text)}>
            Import pasted text
          </button>
        </div>
        {state.kind === 'reading' && <p role="status">Reading{state.fileName ? ` “${state.fileName}”` : ''}…</p>}
        {state.kind === 'failed' && (
          <div role="alert" className="rl-error-text">
            <p>
              {state.fileName ? `“${state.fileName}” was not imported. ` : 'Nothing was imported. '}
              {state.message}
            </p>
            {state.path && (
              <p>
                Position in the file: <code>{state.path}</code>
              </p>
            )}
            <p>Your workspace was not changed.</p>
          </div>
        )}
        {result && <ImportReportView report={result.report} {...(state.kind === 'ready' && state.fileName ? { fileName: state.fileName } : {})} />}
        {writeError && <p role="alert">{writeError}</p>}
        {single && (
          <AddToCollection
            request={single}
            onAdded={(where) => {
              props.onDone(`Added “${single.name}” to “${where}”.`);
              props.onClose();
            }}
          />
        )}
        <div className="rl-toolbar">
          {single && (
            <button type="button" className="rl-primary" onClick={openInTab}>
              Open in new tab
            </button>
          )}
          {result && (
            <button type="button" className={single ? undefined : 'rl-primary'} disabled={adding} onClick={() => void add()}>
              {single ? 'Add as a new collection' : 'Add to workspace'}
            </button>
          )}
          {result && (
            <button type="button" onClick={reset}>
              Start over
            </button>
          )}
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
