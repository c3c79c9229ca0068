import type { HistoryFilters } from '../../../core/workspace';

const STATUS_CLASSES: [string, string][] = [
  ['', 'Any status'],
  ['2', '2xx success'],
  ['3', '3xx redirect'],
  ['4', '4xx client error'],
  ['5', '5xx server error'],
  ['1', '1xx informational'],
  ['error', 'No response'],
];

/** Method, status class and host, beside the text search. */
export function HistoryFilterBar(props: { filters: HistoryFilters; methods: string[]; hosts: string[]; onChange: (next: HistoryFilters) => void }) {
  const { filters } = props;
  const set = (patch: Partial<HistoryFilters>) => props.onChange({ ...filters, ...patch });
  return (
    <div className="rl-history-filters" role="group" aria-label="History filters">
      <label className="rl-field">
        <span>Method filter</span>
        <select value={filters.method} onChange={(e) => set({ method: e.target.value })}>
          <option value="">Any</option>
          {props.methods.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label className="rl-field">
        <span>Status filter</span>
        <select value={filters.status} onChange={(e) => set({ status: e.target.value })}>
          {STATUS_CLASSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="rl-field">
        <span>Host filter</span>
        <select value={filters.host} onChange={(e) => set({ host: e.target.value })}>
          <option value="">Any host</option>
          {props.hosts.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
