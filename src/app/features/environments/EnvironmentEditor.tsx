import { useCallback } from 'react';
import type { StoredEnvironment } from '../../../core/model';
import { saveEnvironment } from './environmentMutations';
import { useDraft } from './useDraft';
import { VariablesTable } from './VariablesTable';

/** Edits one environment (or the globals); saves after a pause, per environment record. */
export function EnvironmentEditor(props: { environment: StoredEnvironment }) {
  const save = useCallback((env: StoredEnvironment) => saveEnvironment(env), []);
  const [draft, setDraft] = useDraft(props.environment, save);
  const isGlobals = draft.kind === 'globals';
  return (
    <div className="rl-env-editor">
      {!isGlobals && (
        <label className="rl-field">
          <span>Environment name</span>
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
      )}
      <VariablesTable
        label={isGlobals ? 'Global variables' : `Variables of ${draft.name}`}
        variables={draft.variables}
        onChange={(variables) => setDraft({ ...draft, variables })}
      />
    </div>
  );
}
