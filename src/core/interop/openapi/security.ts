import type { Auth, Variable } from '../../model';
import { newId } from '../../model';
import type { ReportBuilder } from '../reportBuilder';

type Doc = Record<string, unknown>;

function variable(key: string, secret = false): Variable {
  return { id: newId(), key, value: '', enabled: true, secret };
}

/**
 * The first security requirement's first scheme as our auth, with its values left as
 * {{variables}} for the person to fill in. `security: []` means no auth.
 */
export function authFromSecurity(requirements: unknown, doc: Doc, path: string, report: ReportBuilder, vars: Map<string, Variable>): Auth | null {
  if (!Array.isArray(requirements)) return null;
  if (requirements.length === 0) return { type: 'none' };
  const names = Object.keys((requirements[0] as Record<string, unknown>) ?? {});
  if (names.length === 0) return { type: 'none' };
  const schemes = ((doc.components as Doc | undefined)?.securitySchemes ?? {}) as Record<string, Doc>;
  const name = names[0]!;
  const scheme = schemes[name];
  if (!scheme) { report.changed(path, `security scheme "${name}" is not defined`); return { type: 'none' }; }
  const want = (key: string, secret = false) => { if (!vars.has(key)) vars.set(key, variable(key, secret)); return `{{${key}}}`; };
  const type = String(scheme.type ?? '');
  const httpScheme = String(scheme.scheme ?? '').toLowerCase();
  if (type === 'http' && httpScheme === 'basic') return { type: 'basic', username: want('username'), password: want('password', true) };
  if (type === 'http' && httpScheme === 'digest') return { type: 'digest', username: want('username'), password: want('password', true) };
  if (type === 'http' && httpScheme === 'bearer') return { type: 'bearer', token: want('bearerToken', true) };
  if (type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query')) {
    return { type: 'apikey', key: String(scheme.name ?? 'X-API-Key'), value: want('apiKey', true), in: scheme.in };
  }
  if (type === 'oauth2' || type === 'openIdConnect') {
    report.changed(path, `${type} "${name}" is sent as a bearer token from {{accessToken}}; get the token yourself for now`);
    return { type: 'bearer', token: want('accessToken', true) };
  }
  report.changed(path, `security scheme "${name}" (${type}${scheme.in ? ` in ${String(scheme.in)}` : ''}) is not supported; no auth is sent`);
  return { type: 'none' };
}
