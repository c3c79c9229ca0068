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

const asOptions = (anyLabel: string, values: string[]): [string, string][] => [['', anyLabel], ...values.map((v): [string, string] => [v, v])];

function FilterSelect(props: { label: string; value: string; options: [string, string][]; onChange: (value: string) => void }) {
  return (
    <label className="rl-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Method, status class and host, beside the text search. */
export function HistoryFilterBar(props: { filters: HistoryFilters; methods: string[]; hosts: string[]; onChange: (next: HistoryFilters) => void }) {
  const { filters } = props;
  const set = (patch: Partial<HistoryFilters>) => props.onChange({ ...filters, ...patch });
  return (
    <div className="rl-history-filters" role="group" aria-label="History filters">
      <FilterSelect label="Method filter" value={filters.method} options={asOptions('Any', props.methods)} onChange={(method) => set({ method })} />
      <FilterSelect label="Status filter" value={filters.status} options={STATUS_CLASSES} onChange={(status) => set({ status })} />
      <FilterSelect label="Host filter" value={filters.host} options={asOptions('Any host', props.hosts)} onChange={(host) => set({ host })} />
    </div>
  );
}
