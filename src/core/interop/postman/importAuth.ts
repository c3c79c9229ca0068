import { HAWK_ALGORITHMS, JWT_ALGORITHMS, type Auth, type HawkAlgorithm, type JwtAlgorithm } from '../../model';
import type { ReportBuilder } from '../reportBuilder';
import type { PmAuth } from './schema';
import { importEdgeGrid } from './importEdgeGrid';
import { importOAuth1 } from './importOAuth1';
import { importOAuth2 } from './importOAuth2';

/** v2.1: [{key, value}]; v2.0: {key: value}. */
export function authParams(a: NonNullable<PmAuth>): Record<string, string> {
  const raw = (a as Record<string, unknown>)[a.type];
  const out: Record<string, string> = {};
  if (Array.isArray(raw)) {
    for (const p of raw as { key?: unknown; value?: unknown }[]) {
      if (p && typeof p.key === 'string') out[p.key] = stringify(p.value);
    }
  } else if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) out[k] = stringify(v);
  }
  return out;
}

function stringify(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * Postman's auth → ours. Missing auth means inherit (at the top: none). Types we cannot
 * apply (oauth2, awsv4, …) become `none` with a note, so nothing is sent silently wrong.
 */
export function importAuth(a: PmAuth, path: string, report: ReportBuilder, topLevel = false): Auth {
  if (!a) return topLevel ? { type: 'none' } : { type: 'inherit' };
  const p = authParams(a);
  switch (a.type) {
    case 'noauth':
      return { type: 'none' };
    case 'inherit':
      return topLevel ? { type: 'none' } : { type: 'inherit' };
    case 'basic':
      return { type: 'basic', username: p.username ?? '', password: p.password ?? '' };
    case 'bearer':
      return { type: 'bearer', token: p.token ?? '' };
    case 'digest':
      return { type: 'digest', username: p.username ?? '', password: p.password ?? '' };
    case 'apikey':
      return { type: 'apikey', key: p.key ?? '', value: p.value ?? '', in: p.in === 'query' ? 'query' : 'header' };
    case 'awsv4':
      if (p.addAuthDataToQuery === 'true') report.changed(path, 'AWS Signature v4: the signature goes in headers; a presigned URL (auth data in the query) is not supported yet');
      return {
        type: 'awsv4',
        accessKey: p.accessKey ?? '',
        secretKey: p.secretKey ?? '',
        region: p.region ?? '',
        service: p.service ?? '',
        ...(p.sessionToken ? { sessionToken: p.sessionToken } : {}),
      };
    case 'jwt': {
      const algorithm = (JWT_ALGORITHMS as readonly string[]).includes(p.algorithm ?? '') ? (p.algorithm as JwtAlgorithm) : 'HS256';
      if (p.algorithm && p.algorithm !== algorithm) report.changed(path, `JWT bearer: the algorithm "${p.algorithm}" is not one Reqlab signs with; HS256 is used`);
      return {
        type: 'jwt',
        algorithm,
        secret: p.secret ?? '',
        ...(p.isSecretBase64Encoded === 'true' ? { secretBase64: true } : {}),
        privateKey: p.privateKey ?? '',
        payload: p.payload ?? '{}',
        header: p.header ?? '',
        ...(p.headerPrefix !== undefined ? { prefix: p.headerPrefix } : {}),
        in: p.addTokenTo === 'queryParam' ? 'query' : 'header',
        ...(p.queryParamKey ? { queryKey: p.queryParamKey } : {}),
      };
    }
    case 'hawk': {
      const algorithm = (HAWK_ALGORITHMS as readonly string[]).includes(p.algorithm ?? '') ? (p.algorithm as HawkAlgorithm) : 'sha256';
      if (p.algorithm && p.algorithm !== algorithm) report.changed(path, `Hawk: the algorithm "${p.algorithm}" is not one Hawk defines; sha256 is used`);
      if (p.user) report.changed(path, 'Hawk: the user field is not part of what Hawk sends, so it is dropped');
      const auth: Extract<Auth, { type: 'hawk' }> = { type: 'hawk', authId: p.authId ?? '', authKey: p.authKey ?? '', algorithm };
      // Older exports name the app ID `appId`.
      const optional = { extraData: p.extraData, app: p.app ?? p.appId, delegation: p.delegation, nonce: p.nonce, timestamp: p.timestamp };
      for (const [field, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) if (value) auth[field] = value;
      if (p.includePayloadHash === 'true') auth.includePayloadHash = true;
      return auth;
    }
    case 'oauth2':
      return importOAuth2(p, path, report);
    case 'oauth1':
      return importOAuth1(p, path, report);
    case 'edgegrid':
      return importEdgeGrid(p, path, report);
    case 'ntlm':
      // Postman's disableRetryRequest only says whether to retry after a failed handshake; Reqlab never retries.
      return { type: 'ntlm', username: p.username ?? '', password: p.password ?? '', domain: p.domain ?? '', workstation: p.workstation ?? '' };
    default:
      report.changed(path, `auth type "${a.type}" is not supported yet; the request is sent without auth`);
      return { type: 'none' };
  }
}
