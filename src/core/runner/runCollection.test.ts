import { describe, expect, it } from 'vitest';
import type { Collection, PreparedRequest, RequestModel, ResponseRecord } from '../model';
import { newRequest } from '../model/factories';
import { runCollection } from './runCollection';

function answer(prepared: PreparedRequest): ResponseRecord {
  return {
    sender: 'relay', url: prepared.url, status: 200, statusText: 'OK', httpVersion: '1.1', headers: [], body: new Uint8Array(), bodySize: 0,
    truncated: false, timing: { startedAt: 0, total: 1 }, redirects: [],
  };
}

describe('runCollection', () => {
  it('hands each send the request it belongs to, so the caller can honour that request’s own sender', async () => {
    const viaBrowser = newRequest({ name: 'Via browser', url: 'http://127.0.0.1/a', settings: { timeoutMs: 0, followRedirects: true, maxRedirects: 10, sender: 'browser' } });
    const viaDefault = newRequest({ name: 'Via default', url: 'http://127.0.0.1/b' });
    const collection: Collection = {
      id: 'c', name: 'My API', auth: { type: 'none' }, variables: [],
      items: [
        { kind: 'request', id: viaBrowser.id, request: viaBrowser },
        { kind: 'folder', id: 'f', name: 'users', auth: { type: 'inherit' }, variables: [], items: [{ kind: 'request', id: viaDefault.id, request: viaDefault }] },
      ],
    };
    const seen: Array<{ url: string; request: RequestModel }> = [];
    const result = await runCollection({
      collection,
      engine: { run: () => Promise.reject(new Error('no scripts here, so the engine is never asked')) },
      send: async (prepared, _signal, request) => {
        seen.push({ url: prepared.url, request });
        return answer(prepared);
      },
    });
    expect(seen.map((s) => [s.url, s.request.settings.sender])).toEqual([
      ['http://127.0.0.1/a', 'browser'],
      ['http://127.0.0.1/b', 'default'],
    ]);
    expect(result.executions.map((e) => [e.path, e.response?.status])).toEqual([
      ['My API / Via browser', 200],
      ['My API / users / Via default', 200],
    ]);
  });
});
