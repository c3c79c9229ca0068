import type { Environment, Variable } from '../../model';
import { newId } from '../../model';
import { parseWith } from '../parseWith';
import { ReportBuilder } from '../reportBuilder';
import * as pm from './schema';

type EnvValues = pm.PmEnvironment['values'];

function toVariables(values: EnvValues, report: ReportBuilder): Variable[] {
  const seen = new Map<string, number>();
  const vars = values.map((v, i) => {
    if (seen.has(v.key)) report.within(v.key, () => report.changed(`values[${i}]`, `"${v.key}" is defined twice; the later one wins as in Postman`));
    seen.set(v.key, i);
    return {
      id: newId(),
      key: v.key,
      value: v.value === null || v.value === undefined ? '' : typeof v.value === 'string' ? v.value : JSON.stringify(v.value),
      // Old exports say `enabled: false`, newer ones `disabled: true`.
      enabled: v.enabled !== false && v.disabled !== true,
      secret: v.type === 'secret',
    };
  });
  report.count('variables', vars.length);
  return vars;
}

export function isPostmanEnvironment(data: unknown): boolean {
  const d = data as { values?: unknown } | null;
  return !!d && typeof d === 'object' && Array.isArray(d.values);
}

/** A bare array of {key, value} is an old globals file. */
export function isBareGlobals(data: unknown): boolean {
  return Array.isArray(data) && data.length > 0 && data.every((v) => v && typeof v === 'object' && 'key' in v);
}

export function importPostmanEnvironment(data: unknown): { environment?: Environment; globals?: Variable[]; report: ReportBuilder } {
  if (Array.isArray(data)) {
    const report = new ReportBuilder('postman-globals', 'Postman globals');
    const values = parseWith(pm.environment.shape.values, data, 'Postman globals file');
    return { globals: toVariables(values, report), report };
  }
  const env = parseWith(pm.environment, data, 'Postman environment');
  if (env._postman_variable_scope === 'globals') {
    const report = new ReportBuilder('postman-globals', 'Postman globals');
    return { globals: toVariables(env.values, report), report };
  }
  const report = new ReportBuilder('postman-environment', 'Postman environment');
  report.count('environments');
  const name = env.name || 'Imported environment';
  return { environment: { id: newId(), name, variables: report.within(name, () => toVariables(env.values, report)) }, report };
}
