import { describe, expect, it } from 'vitest';
import { importAny } from '../importAny';
import { exportAuth } from './exportCollection';

/** The shape Postman writes (this one as in the corpus's Bruno round-trip export). */
const collection = (addAuthDataToQuery?: boolean) => ({
  info: { name: 'AWS', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  auth: {
    type: 'awsv4',
    awsv4: [
      { key: 'service', value: 'serviceName', type: 'string' },
      { key: 'region', value: 'us-west-1', type: 'string' },
      { key: 'sessionToken', value: '{{token}}', type: 'string' },
      { key: 'secretKey', value: 'secret', type: 'string' },
      { key: 'accessKey', value: 'accessKey', type: 'string' },
      ...(addAuthDataToQuery ? [{ key: 'addAuthDataToQuery', value: true, type: 'boolean' }] : []),
    ],
  },
  item: [{ name: 'List', request: { method: 'GET', url: 'https://api.example.com/items' } }],
});

describe('Postman AWS Signature v4 auth', () => {
  it('imports as AWS Signature v4 with no note, and exports back to the same parameters', () => {
    const result = importAny(JSON.stringify(collection()));
    const auth = result.collections[0]!.auth;
    expect(auth).toEqual({ type: 'awsv4', accessKey: 'accessKey', secretKey: 'secret', region: 'us-west-1', service: 'serviceName', sessionToken: '{{token}}' });
    expect(result.report.notes.filter((n) => /auth/i.test(n.reason))).toEqual([]);
    const back = exportAuth(auth) as { type: string; awsv4: { key: string; value: string }[] };
    expect(back.type).toBe('awsv4');
    expect(Object.fromEntries(back.awsv4.map((p) => [p.key, p.value]))).toEqual({ accessKey: 'accessKey', secretKey: 'secret', region: 'us-west-1', service: 'serviceName', sessionToken: '{{token}}' });
  });

  it('says so when the collection asked for the signature in the query (a presigned URL)', () => {
    const result = importAny(JSON.stringify(collection(true)));
    expect(result.collections[0]!.auth.type).toBe('awsv4');
    expect(result.report.notes.map((n) => n.reason)).toContainEqual(expect.stringContaining('presigned URL'));
  });
});
