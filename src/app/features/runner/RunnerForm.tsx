import { useId, useState } from 'react';
import Play from 'lucide-react/icons/play';
import { parseIterationData } from '../../../core/runner';
import { CountField } from '../../components/CountField';
import type { RunContext } from '../../state/runContext';
import type { RunSettings } from './runSession';

/** Past this a data file is refused: every row is kept in memory with the run's results. */
const MAX_DATA_BYTES = 10 * 1024 * 1024;

/** How to run: environment, iterations, delay, a data file, stop on the first failure. */
export function RunnerForm(props: { context: RunContext; initial?: RunSettings; onRun: (settings: RunSettings) => void }) {
  const { context } = props;
  const [settings, setSettings] = useState<RunSettings>(
    () => props.initial ?? { environmentId: context.environments.some((e) => e.id === context.activeEnvironmentId) ? context.activeEnvironmentId : null, iterations: 1, delayMs: 0, bail: false },
  );
  const [dataError, setDataError] = useState<string | null>(null);
  const hintId = useId();
  const patch = (p: Partial<RunSettings>) => setSettings((s) => ({ ...s, ...p }));

  const pickData = async (file: File | undefined) => {
    setDataError(null);
    if (!file) return;
    if (file.size > MAX_DATA_BYTES) {
      setDataError(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; a data file may be at most 10 MB.`);
      return;
    }
    try {
      const rows = parseIterationData(await file.text(), file.name);
      if (!rows.length) throw new Error(`${file.name} has no rows: nothing to iterate over.`);
      setSettings((s) => ({ ...s, data: { fileName: file.name, rows }, iterations: rows.length }));
    } catch (e) {
      setSettings(({ data: _drop, ...s }) => s);
      setDataError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form
      className="rl-runner-form"
      aria-label="Run settings"
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun(settings);
      }}
    >
      <label>
        Environment
        <select value={settings.environmentId ?? ''} onChange={(e) => patch({ environmentId: e.target.value || null })}>
          <option value="">No environment</option>
          {context.environments.map((env) => (
            <option key={env.id} value={env.id}>
              {env.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Iterations
        <CountField value={settings.iterations} max={10_000} onChange={(n) => patch({ iterations: Math.max(1, n) })} describedBy={hintId} />
      </label>
      <label>
        Delay between requests (ms)
        <CountField value={settings.delayMs} max={600_000} onChange={(n) => patch({ delayMs: n })} />
      </label>
      <label>
        Data file (CSV or JSON)
        <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void pickData(e.target.files?.[0])} />
      </label>
      <p id={hintId} className="rl-note">
        {settings.data
          ? `${settings.data.rows.length} ${settings.data.rows.length === 1 ? 'row' : 'rows'} from ${settings.data.fileName}: one iteration per row, as pm.iterationData.`
          : 'Without a data file, every iteration runs the same requests.'}
      </p>
      {dataError && (
        <p role="alert" className="rl-error-text">
          {dataError}
        </p>
      )}
      <label className="rl-check">
        <input type="checkbox" checked={settings.bail} onChange={(e) => patch({ bail: e.target.checked })} />
        Stop on the first failure
      </label>
      <button type="submit" className="rl-primary">
        <Play size={14} aria-hidden="true" />
        Run {context.folderId ? 'folder' : 'collection'}
      </button>
    </form>
  );
}
