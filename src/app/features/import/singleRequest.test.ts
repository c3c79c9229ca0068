import { describe, expect, it } from 'vitest';
import { importAny } from '../../../core/interop/importAny';
import { singleRequest } from './singleRequest';

describe('singleRequest', () => {
  it('a cURL command is one request to open in a tab', () => {
    const request = singleRequest(importAny("curl -X PUT https://example.test/a -H 'X-A: 1'"));
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe('https://example.test/a');
  });

  it('a HAR with one entry is one request; with two it is a collection', () => {
    const entry = (url: string) => ({ request: { method: 'GET', url, httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 } });
    const har = (urls: string[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 't', version: '1' }, entries: urls.map(entry) } });
    expect(singleRequest(importAny(har(['https://example.test/one'])))?.url).toBe('https://example.test/one');
    expect(singleRequest(importAny(har(['https://example.test/one', 'https://example.test/two'])))).toBeNull();
  });

  it('a Postman collection with one request stays a collection (it carries auth and variables)', () => {
    const collection = {
      info: { name: 'One', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [{ name: 'only', request: { method: 'GET', url: 'https://example.test/' } }],
    };
    expect(singleRequest(importAny(JSON.stringify(collection)))).toBeNull();
  });
});
