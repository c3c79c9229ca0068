import { EDGEGRID_MAX_BODY } from '../../auth/edgegrid';
import type { EdgeGridAuth } from '../../model';
import type { ReportBuilder } from '../reportBuilder';

/** Postman's Akamai EdgeGrid params (by key) → Reqlab's. */
export function importEdgeGrid(p: Record<string, string>, path: string, report: ReportBuilder): EdgeGridAuth {
  const auth: EdgeGridAuth = { type: 'edgegrid', clientToken: p.clientToken ?? '', clientSecret: p.clientSecret ?? '', accessToken: p.accessToken ?? '' };
  for (const field of ['headersToSign', 'nonce', 'timestamp'] as const) if (p[field]) auth[field] = p[field];
  const maxBody = Number(p.maxBodySize);
  if (p.maxBodySize && Number.isInteger(maxBody) && maxBody > 0) auth.maxBodySize = maxBody;
  else if (p.maxBodySize) report.changed(path, `Akamai EdgeGrid: the max body size "${p.maxBodySize}" is not a number of bytes; Akamai's default (${EDGEGRID_MAX_BODY}) is used`);
  if (p.baseURL) report.changed(path, `Akamai EdgeGrid: the base URL "${p.baseURL}" is not used; the request's own URL is signed and sent, so put the host there`);
  return auth;
}

export function exportEdgeGrid(auth: EdgeGridAuth): { key: string; value: string | number; type: 'string' | 'number' }[] {
  const text = (key: string, value: string | undefined) => ({ key, value: value ?? '', type: 'string' as const });
  return [
    text('clientToken', auth.clientToken),
    text('clientSecret', auth.clientSecret),
    text('accessToken', auth.accessToken),
    text('headersToSign', auth.headersToSign),
    text('nonce', auth.nonce),
    text('timestamp', auth.timestamp),
    ...(auth.maxBodySize !== undefined ? [{ key: 'maxBodySize', value: auth.maxBodySize, type: 'number' as const }] : []),
  ];
}
