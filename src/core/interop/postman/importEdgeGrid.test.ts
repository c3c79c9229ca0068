import { describe, expect, it } from 'vitest';
import { importAny } from '../importAny';
import { exportPostmanCollection } from './exportCollection';

const collection = (params: Record<string, unknown>) =>
  JSON.stringify({
    info: { name: 'My API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [{ name: 'Zones', request: { url: 'https://akab-host.luna.akamaiapis.net/config-dns/v2/zones', auth: { type: 'edgegrid', edgegrid: Object.entries(params).map(([key, value]) => ({ key, value, type: typeof value })) } } }],
  });

const imported = (text: string) => {
  const r = importAny(text);
  const item = r.collections[0]!.items[0]!;
  if (item.kind !== 'request') throw new Error('expected a request');
  return { auth: item.request.auth, notes: r.report.notes.map((n) => `${n.where}: ${n.reason}`), collection: r.collections[0]! };
};

describe('Postman Akamai EdgeGrid settings', () => {
  it('import as Postman writes them (Bruno’s round-trip export), and export back to the same settings', () => {
    const first = imported(collection({
      maxBodySize: 70, headersToSign: 'Auth', timestamp: '20260707T10:28:15+0000', nonce: 'Nonce', clientSecret: '{{secret}}', clientToken: '{{client_token}}', accessToken: '{{accessToken}}',
    }));
    expect(first.auth).toEqual({
      type: 'edgegrid', clientToken: '{{client_token}}', clientSecret: '{{secret}}', accessToken: '{{accessToken}}', headersToSign: 'Auth', maxBodySize: 70, nonce: 'Nonce', timestamp: '20260707T10:28:15+0000',
    });
    expect(first.notes).toEqual([]);
    expect(imported(JSON.stringify(exportPostmanCollection(first.collection))).auth).toEqual(first.auth);
  });

  it('says that Postman’s base URL is not used, and that a max body size that is not a number is ignored', () => {
    const r = imported(collection({ clientToken: 'ct', clientSecret: 's', accessToken: 'at', baseURL: 'http://localhost:4000', maxBodySize: 'lots' }));
    expect(r.auth).toEqual({ type: 'edgegrid', clientToken: 'ct', clientSecret: 's', accessToken: 'at' });
    expect(r.notes).toEqual([
      'My API / Zones: Akamai EdgeGrid: the max body size "lots" is not a number of bytes; Akamai\'s default (131072) is used',
      'My API / Zones: Akamai EdgeGrid: the base URL "http://localhost:4000" is not used; the request\'s own URL is signed and sent, so put the host there',
    ]);
  });
});
