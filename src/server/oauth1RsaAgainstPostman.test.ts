import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { newRequest, type OAuth1Auth, type OAuth1SignatureMethod } from '../core/model';
import { PrepareError, prepareRequest } from '../core/prepare';

/**
 * OAuth 1.0 RSA-SHA1/256/512 (RFC 5849 §3.4.3) made by core.prepare with WebCrypto, against the signer
 * Postman's own runtime (and so newman) uses: node-oauth1, which signs with Node's crypto. RSASSA-PKCS1-v1_5
 * is deterministic, so the two signatures must be equal byte for byte.
 */
const require = createRequire(import.meta.url);
const nodeOAuth1 = require('node-oauth1') as { SignatureMethod: { sign(message: { action: string; method: string; parameters: [string, string][] }, accessor: Record<string, string>): string } };

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const scopes = { globals: [], collection: [], environment: [] };

const rsa = (signatureMethod: OAuth1SignatureMethod, key: string): OAuth1Auth => ({
  type: 'oauth1', signatureMethod, consumerKey: 'reqlab-consumer', consumerSecret: 'unused', token: 'tok en', tokenSecret: 'unused', privateKey: key,
  nonce: 'n0nce1234', timestamp: '1700000000', version: true, in: 'header',
});

async function signed(auth: OAuth1Auth, url = 'https://api.example.com/v1/photos') {
  const prepared = await prepareRequest({ ...newRequest(), method: 'POST', url, auth }, { scopes });
  const header = prepared.headers.find((h) => h.name === 'Authorization')!.value;
  const fields = Object.fromEntries([...header.slice('OAuth '.length).matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k!, decodeURIComponent(v!)]));
  return fields;
}

describe('OAuth 1.0 RSA signatures against node-oauth1 (Postman runtime’s signer)', () => {
  for (const method of ['RSA-SHA1', 'RSA-SHA256', 'RSA-SHA512'] as const) {
    it(`${method}: the same signature, with a PKCS #8 key and with a PKCS #1 key`, async () => {
      for (const key of [pkcs8, pkcs1]) {
        const ours = await signed(rsa(method, key));
        const { oauth_signature: signature, ...params } = ours;
        const theirs = nodeOAuth1.SignatureMethod.sign(
          { action: 'https://api.example.com/v1/photos', method: 'POST', parameters: Object.entries(params) as [string, string][] },
          { consumerSecret: 'unused', tokenSecret: 'unused', privateKey: pkcs8 },
        );
        expect(ours.oauth_signature_method).toBe(method);
        expect(signature).toBe(theirs);
      }
    });
  }

  it('a certificate, or no key, is refused before sending, naming the field', async () => {
    const cert = '-----BEGIN CERTIFICATE-----\nTest\n-----END CERTIFICATE-----';
    const refusal = (await prepareRequest({ ...newRequest(), url: 'https://x.test/', auth: rsa('RSA-SHA256', cert) }, { scopes }).catch((e: unknown) => e)) as PrepareError;
    expect(refusal).toBeInstanceOf(PrepareError);
    expect(refusal.message).toBe('OAuth 1.0 RSA-SHA256 needs the RSA private key in PEM (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----); this is a CERTIFICATE.');
    const empty = (await prepareRequest({ ...newRequest(), url: 'https://x.test/', auth: rsa('RSA-SHA1', '') }, { scopes }).catch((e: unknown) => e)) as PrepareError;
    expect(empty.message).toMatch(/^OAuth 1.0 RSA-SHA1 needs the RSA private key in PEM/);
  });
});
