import { OAUTH1_SIGNATURE_METHODS, type OAuth1Auth, type OAuth1SignatureMethod } from '../../model';
import type { ReportBuilder } from '../reportBuilder';

/** Postman's OAuth 1.0 params (by key) → Reqlab's; a method Reqlab does not know is said. */
export function importOAuth1(p: Record<string, string>, path: string, report: ReportBuilder): OAuth1Auth {
  const known = (OAUTH1_SIGNATURE_METHODS as readonly string[]).includes(p.signatureMethod ?? '');
  if (p.signatureMethod && !known) report.changed(path, `OAuth 1.0: the signature method "${p.signatureMethod}" is not one Reqlab signs with; HMAC-SHA1 is used, and the server will refuse it until it is changed`);
  const auth: OAuth1Auth = {
    type: 'oauth1',
    signatureMethod: known ? (p.signatureMethod as OAuth1SignatureMethod) : 'HMAC-SHA1',
    consumerKey: p.consumerKey ?? '',
    consumerSecret: p.consumerSecret ?? '',
    token: p.token ?? '',
    tokenSecret: p.tokenSecret ?? '',
    version: p.version !== '',
    in: p.addParamsToHeader === 'false' ? 'query' : 'header',
  };
  for (const field of ['privateKey', 'callback', 'verifier', 'realm', 'nonce', 'timestamp'] as const) if (p[field]) auth[field] = p[field];
  if (p.addEmptyParamsToSign === 'true') auth.includeEmpty = true;
  if (p.includeBodyHash === 'true') auth.includeBodyHash = true;
  return auth;
}

export function exportOAuth1(auth: OAuth1Auth): { key: string; value: string | boolean; type: 'string' | 'boolean' }[] {
  const text = (key: string, value: string | undefined) => ({ key, value: value ?? '', type: 'string' as const });
  const flag = (key: string, value: boolean) => ({ key, value, type: 'boolean' as const });
  return [
    text('signatureMethod', auth.signatureMethod),
    text('consumerKey', auth.consumerKey),
    text('consumerSecret', auth.consumerSecret),
    text('token', auth.token),
    text('tokenSecret', auth.tokenSecret),
    ...(auth.privateKey !== undefined ? [text('privateKey', auth.privateKey)] : []),
    text('callback', auth.callback),
    text('verifier', auth.verifier),
    text('realm', auth.realm),
    text('nonce', auth.nonce),
    text('timestamp', auth.timestamp),
    text('version', auth.version ? '1.0' : ''),
    flag('addParamsToHeader', auth.in === 'header'),
    flag('addEmptyParamsToSign', auth.includeEmpty === true),
    flag('includeBodyHash', auth.includeBodyHash === true),
  ];
}
