import { useEffect, useState } from 'react';
import type { StoredEnvironment } from '../../../core/model';
import { useEnvironments } from '../../storage';
import { setActiveEnvironment, useActiveEnvironmentId } from './activeEnvironment';
import { createEnvironment, deleteEnvironment, duplicateEnvironment, globalsRecord } from './environmentMutations';
import { EnvironmentEditor } from './EnvironmentEditor';
import { MainSheet } from '../../components/MainSheet';

type Editing = 'none' | 'environment' | 'globals';

/** Switch environments, create/duplicate/delete them, edit their variables and the globals. */
export function EnvironmentsPanel() {
  const environments = useEnvironments();
  const activeId = useActiveEnvironmentId();
  const [editing, setEditing] = useState<Editing>('none');
  const [confirmDelete, setConfirmDelete] = useState(false);
  // The environment just made, until the stored list (read back after the write) has it too.
  const [created, setCreated] = useState<StoredEnvironment | null>(null);
  const stored = (environments ?? []).filter((e) => e.kind === 'environment');
  const storedHasCreated = created !== null && stored.some((e) => e.id === created.id);
  const envs = (created && !storedHasCreated ? [...stored, created] : stored).sort((a, b) => a.name.localeCompare(b.name));
  const active = envs.find((e) => e.id === activeId);
  useEffect(() => {
    if (storedHasCreated) setCreated(null);
  }, [storedHasCreated]);
  const globals = globalsRecord(environments ?? []);

  const create = async () => {
    const env = await createEnvironment(`Environment ${envs.length + 1}`).catch(() => null);
    if (env) {
      setCreated(env);
      setActiveEnvironment(env.id);
      setEditing('environment');
    }
  };
  const duplicate = async () => {
    if (!active) return;
    const env = await duplicateEnvironment(active).catch(() => null);
    if (env) setActiveEnvironment(env.id);
  };
  const remove = async () => {
    if (!active) return;
    setConfirmDelete(false);
    setCreated(null);
    await deleteEnvironment(active).catch(() => undefined);
    setActiveEnvironment(null);
    setEditing('none');
  };

  return (
    <div className="rl-panel rl-environments">
      <h2 className="rl-panel-title">Environments</h2>
      <label className="rl-field">
        <span>Environment</span>
        <select value={active?.id ?? ''} onChange={(e) => setActiveEnvironment(e.target.value || null)} disabled={!environments}>
          <option value="">No environment</option>
          {envs.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <div className="rl-toolbar">
        <button type="button" onClick={() => void create()}>
          New environment
        </button>
        <button type="button" disabled={!active} onClick={() => void duplicate()}>
          Duplicate environment
        </button>
        <button type="button" disabled={!active} aria-expanded={editing === 'environment'} onClick={() => setEditing(editing === 'environment' ? 'none' : 'environment')}>
          Edit environment
        </button>
        <button type="button" disabled={!active} onClick={() => setConfirmDelete(true)}>
          Delete environment
        </button>
        <button type="button" aria-expanded={editing === 'globals'} onClick={() => setEditing(editing === 'globals' ? 'none' : 'globals')}>
          Globals
        </button>
      </div>
      {confirmDelete && active && (
        <div role="alertdialog" aria-label="Delete environment" className="rl-confirm">
          <p>
            Delete environment “{active.name}” and its {active.variables.length} variables?
          </p>
          <button type="button" onClick={() => void remove()}>
            Delete
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            Cancel
          </button>
        </div>
      )}
      {editing === 'environment' && active && (
        <MainSheet title={active.name || 'Unnamed environment'} eyebrow="Environment, active" onClose={() => setEditing('none')} autoFocus={created ? 'none' : 'first'}>
          <EnvironmentEditor key={active.id} environment={active} isNew={created?.id === active.id} />
        </MainSheet>
      )}
      {editing === 'globals' && (
        <MainSheet title="Globals" eyebrow="Variables for every request" onClose={() => setEditing('none')}>
          <EnvironmentEditor key="globals" environment={globals} />
        </MainSheet>
      )}
      <p className="rl-note">Precedence: globals &lt; collection &lt; environment &lt; request.</p>
    </div>
  );
}
