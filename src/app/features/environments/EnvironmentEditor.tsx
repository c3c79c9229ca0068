import { useCallback } from 'react';
import type { StoredEnvironment } from '../../../core/model';
import { saveEnvironment } from './environmentMutations';
import { useDraft } from './useDraft';
import { VariablesTable } from './VariablesTable';

function selectOnce(input: HTMLInputElement | null) {
  if (input && input.dataset.selected !== 'yes') {
    input.dataset.selected = 'yes';
    input.focus();
    input.select();
  }
}

/** Edits one environment (or the globals); saves after a pause, per environment record. */
export function EnvironmentEditor(props: { environment: StoredEnvironment; isNew?: boolean }) {
  const save = useCallback((env: StoredEnvironment) => saveEnvironment(env), []);
  const [draft, setDraft] = useDraft(props.environment, save);
  const isGlobals = draft.kind === 'globals';
  return (
    <div className="rl-env-editor">
      {!isGlobals && (
        <label className="rl-field">
          <span>Name</span>
          <input
            value={draft.name}
            // A new environment opens with its offered name selected, so typing replaces it.
            ref={props.isNew ? selectOnce : undefined}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </label>
      )}
      <VariablesTable
        label={isGlobals ? 'Global variables' : `Variables of ${draft.name}`}
        variables={draft.variables}
        onChange={(variables) => setDraft({ ...draft, variables })}
        currentValues
      />
      <p className="rl-note">
        The initial value is what an export or a shared file carries. The current value stays in this browser and is the one
        sent; leave it empty to send the initial value. Secret values are masked here and left out of exports, code and history.
      </p>
    </div>
  );
}
