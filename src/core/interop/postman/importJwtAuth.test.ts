import { describe, expect, it } from 'vitest';
import { importAny } from '../importAny';
import { exportAuth } from './exportCollection';

/** Postman's JWT bearer parameters, as its export writes them (this set as in Yaak's importer fixture). */
const jwtParams = [
  { key: 'header', value: '{\n    "header": "foo"\n}', type: 'string' },
  { key: 'headerPrefix', value: 'Bearer', type: 'string' },
  { key: 'payload', value: '{\n    "my": "payload"\n}', type: 'string' },
  { key: 'isSecretBase64Encoded', value: false, type: 'boolean' },
  { key: 'secret', value: 'mysecret', type: 'string' },
  { key: 'algorithm', value: 'HS384', type: 'string' },
  { key: 'addTokenTo', value: 'header', type: 'string' },
  { key: 'queryParamKey', value: 'token', type: 'string' },
];
const collection = (params: object[]) => ({
  info: { name: 'JWT', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  item: [{ name: 'Me', request: { method: 'GET', url: 'https://api.example.com/me', auth: { type: 'jwt', jwt: params } } }],
});

describe('Postman JWT bearer auth', () => {
  it('imports with no note and exports back to the same parameters', () => {
    const result = importAny(JSON.stringify(collection(jwtParams)));
    const item = result.collections[0]!.items[0]!;
    const auth = item.kind === 'request' ? item.request.auth : undefined;
    expect(auth).toEqual({ type: 'jwt', algorithm: 'HS384', secret: 'mysecret', privateKey: '', payload: '{\n    "my": "payload"\n}', header: '{\n    "header": "foo"\n}', prefix: 'Bearer', in: 'header', queryKey: 'token' });
    expect(result.report.notes).toEqual([]);
    const back = exportAuth(auth!) as { type: string; jwt: { key: string; value: unknown }[] };
    const byKey = Object.fromEntries(back.jwt.map((p) => [p.key, p.value]));
    for (const p of jwtParams) expect(byKey[p.key]).toEqual(p.value);
  });

  it('keeps a private key and the query placement, and says so for an algorithm it cannot sign with', () => {
    const params = [...jwtParams.filter((p) => p.key !== 'algorithm' && p.key !== 'addTokenTo'), { key: 'algorithm', value: 'EdDSA' }, { key: 'addTokenTo', value: 'queryParam' }, { key: 'privateKey', value: '{{pem}}' }];
    const result = importAny(JSON.stringify(collection(params)));
    const item = result.collections[0]!.items[0]!;
    expect(item.kind === 'request' && item.request.auth).toMatchObject({ type: 'jwt', algorithm: 'HS256', in: 'query', privateKey: '{{pem}}' });
    expect(result.report.notes.map((n) => n.reason)).toEqual(['JWT bearer: the algorithm "EdDSA" is not one Reqlab signs with; HS256 is used']);
  });
});
