import { describe, expect, it } from 'vitest';
import { importAny } from '../importAny';
import { exportPostmanCollection } from './exportCollection';

const collection = (params: Record<string, string>) =>
  JSON.stringify({
    info: { name: 'My API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [{ name: 'Intranet', request: { url: 'http://intranet.example/api', auth: { type: 'ntlm', ntlm: Object.entries(params).map(([key, value]) => ({ key, value, type: 'string' })) } } }],
  });

describe('Postman NTLM settings', () => {
  it('import with the user, password, domain and workstation, with no note, and export back to the same settings', () => {
    const r = importAny(collection({ username: 'ada', password: '{{ntlmPassword}}', domain: 'REQLAB', workstation: 'my-pc', disableRetryRequest: 'false' }));
    const item = r.collections[0]!.items[0]!;
    if (item.kind !== 'request') throw new Error('expected a request');
    expect(item.request.auth).toEqual({ type: 'ntlm', username: 'ada', password: '{{ntlmPassword}}', domain: 'REQLAB', workstation: 'my-pc' });
    expect(r.report.notes).toEqual([]);
    const again = importAny(JSON.stringify(exportPostmanCollection(r.collections[0]!))).collections[0]!.items[0]!;
    expect(again.kind === 'request' && again.request.auth).toEqual(item.request.auth);
  });
});
