import type { Auth, OAuth2Auth, OAuth2Grant, Variable } from '../../model';
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
    const scopes = (requirements[0] as Record<string, unknown>)[name];
    return oauth2FromScheme(scheme, name, Array.isArray(scopes) ? scopes.map(String) : [], path, report, want);
  }
  report.changed(path, `security scheme "${name}" (${type}${scheme.in ? ` in ${String(scheme.in)}` : ''}) is not supported; no auth is sent`);
  return { type: 'none' };
}

/** OpenAPI's flow names → our grants, in the order one is chosen when a scheme offers several. */
const FLOWS: [string, OAuth2Grant][] = [
  ['authorizationCode', 'authorization_code'],
  ['clientCredentials', 'client_credentials'],
  ['password', 'password'],
  ['implicit', 'implicit'],
];

/**
 * An OAuth 2.0 scheme's flow as a configuration Reqlab gets tokens with: its endpoints, the scopes
 * the operation asks for, and the client as {{clientId}} / {{clientSecret}} for the person to fill.
 */
function oauth2FromScheme(scheme: Doc, name: string, scopes: string[], path: string, report: ReportBuilder, want: (key: string, secret?: boolean) => string): OAuth2Auth {
  const flows = (scheme.flows ?? {}) as Record<string, Doc | undefined>;
  const found = FLOWS.find(([flow]) => flows[flow]);
  const flow = (found ? flows[found[0]] : undefined) ?? {};
  if (scheme.type === 'openIdConnect') {
    report.changed(path, `openIdConnect "${name}": fill the authorization and token URLs from ${String(scheme.openIdConnectUrl ?? 'its discovery document')}`);
  }
  const grant = found?.[1] ?? 'authorization_code';
  return {
    type: 'oauth2',
    grant,
    authUrl: String(flow.authorizationUrl ?? ''),
    tokenUrl: String(flow.tokenUrl ?? ''),
    clientId: want('clientId'),
    clientSecret: grant === 'authorization_code' || grant === 'implicit' ? '' : want('clientSecret', true),
    clientAuth: 'basic',
    scope: scopes.join(' '),
    redirectUri: '',
    pkce: true,
    username: grant === 'password' ? want('username') : '',
    password: grant === 'password' ? want('password', true) : '',
    in: 'header',
  };
}
