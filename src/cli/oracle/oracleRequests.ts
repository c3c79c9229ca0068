import { join } from 'node:path';
import type { Collection, CollectionItem, MultipartField, RequestModel } from '../../core/model';
import { newId, newKeyValue, newRequest, newRequestBody } from '../../core/model';

const body = newRequestBody;
const file = (dir: string, name: string, type: string) => ({ id: newId(), name, type, size: 0, path: join(dir, name) });
const req = (name: string, partial: Partial<RequestModel>): CollectionItem => ({ kind: 'request', id: newId(), request: newRequest({ name, ...partial }) });

/**
 * Requests for the Python oracle, covering every body mode and auth, with collection
 * variables and inherited auth: {{base}} is the sandbox origin.
 */
export function oracleCollection(base: string, dir: string): Collection {
  const mp: MultipartField[] = [
    { id: newId(), key: 'title', enabled: true, kind: 'text', value: 'héllo & "quotes"' },
    { id: newId(), key: 'doc', enabled: true, kind: 'file', value: '', file: file(dir, 'text.txt', 'text/plain') },
    { id: newId(), key: 'blob', enabled: true, kind: 'file', value: '', file: file(dir, 'data.bin', 'application/octet-stream'), contentType: 'application/x-custom' },
    { id: newId(), key: 'off', enabled: false, kind: 'text', value: 'not sent' },
  ];
  const a = `{{base}}/sandbox/anything`;
  return {
    id: newId(), name: 'Python oracle', auth: { type: 'none' },
    variables: [
      { id: newId(), key: 'base', value: base, enabled: true, secret: false },
      { id: newId(), key: 'user', value: 'alice', enabled: true, secret: false },
      { id: newId(), key: 'token', value: 'tok-123', enabled: true, secret: true },
    ],
    items: [
      req('query and path', { url: `${a}/items/:id?q=a%20b&x=1&empty=`, params: [newKeyValue('q', 'a%20b'), newKeyValue('x', '1'), newKeyValue('empty', '')], pathVariables: [newKeyValue('id', '42')] }),
      req('headers', { url: a, headers: [newKeyValue('X-One', '1'), newKeyValue('X-User', '{{user}}'), newKeyValue('X-Off', 'no', false)] }),
      req('json', { method: 'POST', url: a, body: body({ mode: 'json', raw: '{\n  "user": "{{user}}",\n  "n": [1, 2]\n}' }) }),
      req('text', { method: 'PUT', url: a, body: body({ mode: 'text', raw: 'plain text\nline 2' }) }),
      req('xml', { method: 'POST', url: a, body: body({ mode: 'xml', raw: '<a b="1">x</a>' }) }),
      req('html', { method: 'POST', url: a, body: body({ mode: 'html', raw: '<p>hi</p>' }) }),
      req('urlencoded simple', { method: 'POST', url: a, body: body({ mode: 'urlencoded', urlencoded: [newKeyValue('a', '1'), newKeyValue('b c', 'd e'), newKeyValue('a', '2')] }) }),
      req('urlencoded odd chars', { method: 'POST', url: a, body: body({ mode: 'urlencoded', urlencoded: [newKeyValue('star*', 'tilde~'), newKeyValue('é', '&=')] }) }),
      req('multipart text only', { method: 'POST', url: a, body: body({ mode: 'multipart', multipart: [{ id: newId(), key: 'a', enabled: true, kind: 'text', value: '1' }, { id: newId(), key: 'a', enabled: true, kind: 'text', value: '2' }] }) }),
      req('multipart files', { method: 'POST', url: a, body: body({ mode: 'multipart', multipart: mp }) }),
      req('binary', { method: 'POST', url: a, body: body({ mode: 'binary', binary: file(dir, 'data.bin', 'application/octet-stream') }) }),
      req('graphql', { method: 'POST', url: a, body: body({ mode: 'graphql', graphql: { query: 'query Q($id: ID!) { item(id: $id) { name } }', variables: '{"id": "{{user}}"}' } }) }),
      req('unicode json', { method: 'PATCH', url: a, body: body({ mode: 'json', raw: '{"emoji": "😀", "text": "naïve — ok"}' }) }),
      req('basic', { url: a, auth: { type: 'basic', username: '{{user}}', password: 'pä:ss' } }),
      req('bearer', { url: a, auth: { type: 'bearer', token: '{{token}}' } }),
      req('apikey header', { url: a, auth: { type: 'apikey', key: 'X-Api-Key', value: 'k1', in: 'header' } }),
      req('apikey query', { url: `${a}?x=1`, params: [newKeyValue('x', '1')], auth: { type: 'apikey', key: 'api key', value: 'v&1', in: 'query' } }),
      req('digest', { url: '{{base}}/sandbox/digest-auth/alice/secret', auth: { type: 'digest', username: 'alice', password: 'secret' } }),
      req('delete', { method: 'DELETE', url: `${a}/items/1` }),
      req('custom method', { method: 'PURGE', url: a }),
      req('no redirect', { url: '{{base}}/sandbox/redirect/1', settings: { timeoutMs: 0, followRedirects: false, maxRedirects: 10, sender: 'default' } }),
      req('redirects', { url: '{{base}}/sandbox/redirect/2' }),
      req('head', { method: 'HEAD', url: a }),
      {
        kind: 'folder', id: newId(), name: 'inherits bearer', auth: { type: 'bearer', token: 'folder-{{token}}' }, variables: [{ id: newId(), key: 'user', value: 'bob', enabled: true, secret: false }],
        items: [
          req('inherited auth', { method: 'POST', url: a, body: body({ mode: 'json', raw: '{"who": "{{user}}"}' }) }),
          req('own auth wins', { url: a, auth: { type: 'basic', username: 'x', password: 'y' } }),
          req('no auth stops it', { url: a, auth: { type: 'none' } }),
        ],
      },
    ],
  };
}
