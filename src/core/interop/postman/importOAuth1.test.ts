import { describe, expect, it } from 'vitest';
import { importAny } from '../importAny';
import { exportPostmanCollection } from './exportCollection';

const collection = (params: Record<string, unknown>) =>
  JSON.stringify({
    info: { name: 'My API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [{ name: 'Me', request: { url: 'https://api.example.com/me', auth: { type: 'oauth1', oauth1: Object.entries(params).map(([key, value]) => ({ key, value, type: typeof value })) } } }],
  });

const imported = (text: string) => {
  const r = importAny(text);
  const item = r.collections[0]!.items[0]!;
  if (item.kind !== 'request') throw new Error('expected a request');
  return { auth: item.request.auth, notes: r.report.notes.map((n) => n.reason), collection: r.collections[0]! };
};

describe('Postman OAuth 1.0 settings', () => {
  it('import as Postman writes them, and export back to the same settings', () => {
    const first = imported(collection({
      addParamsToHeader: false, addEmptyParamsToSign: true, realm: 'realm-value', tokenSecret: '{{tokenSecret}}', token: 'tok', consumerSecret: 'cs', consumerKey: 'ck',
      signatureMethod: 'HMAC-SHA256', version: '1.0', callback: 'http://127.0.0.1/cb',
    }));
    expect(first.auth).toEqual({
      type: 'oauth1', signatureMethod: 'HMAC-SHA256', consumerKey: 'ck', consumerSecret: 'cs', token: 'tok', tokenSecret: '{{tokenSecret}}', version: true, in: 'query',
      callback: 'http://127.0.0.1/cb', realm: 'realm-value', includeEmpty: true,
    });
    expect(first.notes).toEqual([]);
    expect(imported(JSON.stringify(exportPostmanCollection(first.collection))).auth).toEqual(first.auth);
  });

  it('RSA-SHA256 imports with its private key, and exports back; a method Reqlab does not know is said', () => {
    const rsa = imported(collection({ signatureMethod: 'RSA-SHA256', consumerKey: 'ck', privateKey: '{{rsaKey}}' }));
    expect(rsa.auth).toMatchObject({ type: 'oauth1', signatureMethod: 'RSA-SHA256', privateKey: '{{rsaKey}}', in: 'header' });
    expect(rsa.notes).toEqual([]);
    expect(imported(JSON.stringify(exportPostmanCollection(rsa.collection))).auth).toEqual(rsa.auth);
    const odd = imported(collection({ signatureMethod: 'DSA-SHA1', consumerKey: 'ck' }));
    expect(odd.auth).toMatchObject({ signatureMethod: 'HMAC-SHA1' });
    expect(odd.notes).toEqual(['OAuth 1.0: the signature method "DSA-SHA1" is not one Reqlab signs with; HMAC-SHA1 is used, and the server will refuse it until it is changed']);
  });
});
