import { describe, expect, it } from 'vitest';
import { newKeyValue, newRequest, type KeyValue, type RequestModel, type Variable, type VariableScopes } from '../model';
import { utf8Decode } from '../encoding';
import { PrepareError, prepareRequest, preparedToHttpText, preparedToRelayRequest, preparedToStored } from './index';

const variable = (key: string, value: string, secret = false): Variable => ({ id: key, key, value, enabled: true, secret });
const scopes = (env: Variable[] = [], globals: Variable[] = []): VariableScopes => ({ globals, collection: [], environment: env });
const kv = (key: string, value: string, enabled = true): KeyValue => newKeyValue(key, value, enabled);
const req = (partial: Partial<RequestModel>) => newRequest(partial);
const header = (p: { headers: { name: string; value: string; source: string }[] }, name: string) =>
  p.headers.filter((h) => h.name.toLowerCase() === name.toLowerCase());

describe('prepareRequest: URL', () => {
  it('resolves variables, substitutes path variables and applies enabled params once-encoded', async () => {
    const p = await prepareRequest(
      req({
        method: 'GET',
        url: '{{base}}/books/:id?q=a%20b&off=1#frag',
        params: [kv('q', 'a%20b'), kv('off', '1', false), kv('lang', '{{lang}}'), kv('t', 'x y')],
        pathVariables: [kv('id', '{{bookId}}')],
      }),
      { scopes: scopes([variable('base', 'http://localhost:3000/api'), variable('bookId', 'a/b 1'), variable('lang', 'fr')]) },
    );
    expect(p.url).toBe('http://localhost:3000/api/books/a%2Fb%201?q=a%20b&lang=fr&t=x%20y');
    expect(p.unresolved).toEqual([]);
  });

  it('adds http:// when there is no scheme', async () => {
    expect((await prepareRequest(req({ url: 'localhost:8080/x' }), { scopes: scopes() })).url).toBe('http://localhost:8080/x');
  });

  it('sends a URL that starts with / to the page\'s own server, and refuses it where there is none', async () => {
    const p = await prepareRequest(req({ url: '/sandbox/anything', params: [kv('q', 'a b')] }), { scopes: scopes(), pageOrigin: 'http://127.0.0.1:5199' });
    expect(p.url).toBe('http://127.0.0.1:5199/sandbox/anything?q=a%20b');
    await expect(prepareRequest(req({ url: '/sandbox/anything' }), { scopes: scopes() })).rejects.toThrow(/only has one inside the app/);
    // Two slashes name a host (a scheme-relative URL), not a path.
    expect((await prepareRequest(req({ url: '//example.com/x' }), { scopes: scopes(), pageOrigin: 'http://127.0.0.1:5199' })).url).toBe('http://example.com/x');
  });

  it('uses the URL query when the params table is empty (an import that did not fill it)', async () => {
    expect((await prepareRequest(req({ url: 'http://x/?a=1&b' }), { scopes: scopes() })).url).toBe('http://x/?a=1&b');
  });

  it('reports unresolved variables and leaves them visible', async () => {
    const p = await prepareRequest(req({ url: 'http://{{host}}/x', headers: [kv('X-T', '{{tok}}')] }), { scopes: scopes() });
    expect(p.unresolved).toEqual(['host', 'tok']);
    expect(p.url).toBe('http://{{host}}/x');
  });

  it('refuses an invalid URL with the field', async () => {
    const error = await prepareRequest(req({ url: 'ftp://x' }), { scopes: scopes() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrepareError);
    expect(error).toMatchObject({ field: 'url', message: expect.stringContaining('http:// or https://') });
    await expect(prepareRequest(req({ url: '  ' }), { scopes: scopes() })).rejects.toMatchObject({ field: 'url' });
    await expect(prepareRequest(req({ url: 'http://{{h}}:{{p}}/' }), { scopes: scopes([variable('h', 'x'), variable('p', '70000')]) })).rejects.toThrow(
      /port "70000"/,
    );
  });
});

describe('prepareRequest: method and headers', () => {
  it('keeps custom methods and refuses invalid ones', async () => {
    expect((await prepareRequest(req({ method: ' PROPFIND ', url: 'http://x' }), { scopes: scopes() })).method).toBe('PROPFIND');
    await expect(prepareRequest(req({ method: 'GET X', url: 'http://x' }), { scopes: scopes() })).rejects.toMatchObject({ field: 'method' });
  });

  it('sends enabled user headers resolved, in order, repeats kept', async () => {
    const p = await prepareRequest(
      req({ url: 'http://x', headers: [kv('Accept', 'application/json'), kv('X-Off', '1', false), kv('X-Id', '{{id}}'), kv('X-Id', '2'), kv('', '')] }),
      { scopes: scopes([variable('id', '1')]) },
    );
    expect(p.headers).toEqual([
      { name: 'Accept', value: 'application/json', source: 'user' },
      { name: 'X-Id', value: '1', source: 'user' },
      { name: 'X-Id', value: '2', source: 'user' },
    ]);
  });

  it('refuses a bad header name or a line break in a value, naming the row', async () => {
    await expect(prepareRequest(req({ url: 'http://x', headers: [kv('ok', '1'), kv('Bad Name', 'x')] }), { scopes: scopes() })).rejects.toMatchObject({
      field: 'headers[1].key',
    });
    await expect(prepareRequest(req({ url: 'http://x', headers: [kv('X', 'a\r\nInjected: 1')] }), { scopes: scopes() })).rejects.toMatchObject({
      field: 'headers[0].value',
    });
  });
});

describe('prepareRequest: auth', () => {
  it('applies basic with resolved variables', async () => {
    const p = await prepareRequest(req({ url: 'http://x', auth: { type: 'basic', username: '{{u}}', password: 'open sesame' } }), {
      scopes: scopes([variable('u', 'Aladdin')]),
    });
    expect(p.headers).toEqual([{ name: 'Authorization', value: 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', source: 'auth' }]);
  });

  it('inherit takes the caller-resolved parent auth; without one, no auth', async () => {
    const inherited = await prepareRequest(req({ url: 'http://x' }), { scopes: scopes(), inheritedAuth: { type: 'bearer', token: 't' } });
    expect(header(inherited, 'authorization')).toEqual([{ name: 'Authorization', value: 'Bearer t', source: 'auth' }]);
    expect((await prepareRequest(req({ url: 'http://x' }), { scopes: scopes() })).headers).toEqual([]);
  });

  it('a user Authorization header wins over the auth helper', async () => {
    const p = await prepareRequest(req({ url: 'http://x', headers: [kv('authorization', 'Custom x')], auth: { type: 'bearer', token: 't' } }), {
      scopes: scopes(),
    });
    expect(header(p, 'authorization')).toEqual([{ name: 'authorization', value: 'Custom x', source: 'user' }]);
  });

  it('API key in the query is appended, encoded as data', async () => {
    const p = await prepareRequest(
      req({ url: 'http://x/s?a=1', params: [kv('a', '1')], auth: { type: 'apikey', key: 'api_key', value: 'k+1 &', in: 'query' } }),
      { scopes: scopes() },
    );
    expect(p.url).toBe('http://x/s?a=1&api_key=k%2B1%20%26');
  });

  it('digest goes to the relay, with no header', async () => {
    const p = await prepareRequest(req({ url: 'http://x', auth: { type: 'digest', username: 'u', password: '{{pw}}' } }), {
      scopes: scopes([variable('pw', 'p')]),
    });
    expect(p.digest).toEqual({ username: 'u', password: 'p' });
    expect(p.headers).toEqual([]);
  });
});

describe('prepareRequest: body and Content-Type', () => {
  const jsonBody = (raw: string) => ({ mode: 'json' as const, raw, urlencoded: [], multipart: [], graphql: { query: '', variables: '' } });

  it('adds the mode Content-Type as auto', async () => {
    const p = await prepareRequest(req({ method: 'POST', url: 'http://x', body: jsonBody('{"n": {{n}}}') }), { scopes: scopes([variable('n', '5')]) });
    expect(utf8Decode(p.body!)).toBe('{"n": 5}');
    expect(p.headers).toEqual([{ name: 'Content-Type', value: 'application/json', source: 'auto' }]);
  });

  it('the user Content-Type wins, whatever its case', async () => {
    const p = await prepareRequest(
      req({ method: 'POST', url: 'http://x', headers: [kv('content-type', 'application/vnd.api+json')], body: jsonBody('{}') }),
      { scopes: scopes() },
    );
    expect(header(p, 'content-type')).toEqual([{ name: 'content-type', value: 'application/vnd.api+json', source: 'user' }]);
  });

  it('a disabled auto Content-Type is not sent', async () => {
    const p = await prepareRequest(req({ method: 'POST', url: 'http://x', body: jsonBody('{}'), disabledAutoHeaders: ['Content-Type'] }), {
      scopes: scopes(),
    });
    expect(p.headers).toEqual([]);
    expect(p.body).not.toBeNull();
  });

  it('invalid GraphQL variables throw a PrepareError naming the field', async () => {
    const body = { ...jsonBody(''), mode: 'graphql' as const, graphql: { query: '{ a }', variables: '{oops}' } };
    await expect(prepareRequest(req({ method: 'POST', url: 'http://x', body }), { scopes: scopes() })).rejects.toMatchObject({
      name: 'PrepareError',
      field: 'body.graphql.variables',
    });
  });

  it('carries settings through', async () => {
    const p = await prepareRequest(req({ url: 'http://x', settings: { timeoutMs: 1500, followRedirects: false, maxRedirects: 3, sender: 'relay' } }), {
      scopes: scopes(),
    });
    expect([p.timeoutMs, p.followRedirects, p.maxRedirects]).toEqual([1500, false, 3]);
  });
});

describe('prepareRequest: secrets', () => {
  const secretScopes = scopes([variable('token', 's3cr3t', true), variable('host', 'api.test')]);
  const request = req({
    method: 'POST',
    url: 'https://{{host}}/v1?key={{token}}',
    params: [kv('key', '{{token}}')],
    headers: [kv('X-Token', '{{token}}')],
    auth: { type: 'bearer', token: '{{token}}' },
    body: { mode: 'text', raw: 'token={{token}}', urlencoded: [], multipart: [], graphql: { query: '', variables: '' } },
  });

  it('resolve mode sends the secret', async () => {
    const p = await prepareRequest(request, { scopes: secretScopes });
    expect(p.url).toBe('https://api.test/v1?key=s3cr3t');
    expect(header(p, 'authorization')[0]!.value).toBe('Bearer s3cr3t');
  });

  it('placeholder mode never contains the secret anywhere (for history and export)', async () => {
    const p = await prepareRequest(request, { scopes: secretScopes, secrets: 'placeholder' });
    const stored = JSON.stringify(preparedToStored(p));
    expect(stored).not.toContain('s3cr3t');
    expect(stored).toContain('{{token}}');
    expect(p.url).toBe('https://api.test/v1?key={{token}}');
    expect(p.unresolved).toEqual([]);
  });
});

describe('conversions', () => {
  it('to the relay protocol with a base64 body', async () => {
    const p = await prepareRequest(
      req({
        method: 'PUT',
        url: 'http://x/a',
        body: { mode: 'text', raw: 'héllo', urlencoded: [], multipart: [], graphql: { query: '', variables: '' } },
        auth: { type: 'digest', username: 'u', password: 'p' },
      }),
      { scopes: scopes() },
    );
    const relay = preparedToRelayRequest(p);
    expect(relay).toEqual({
      method: 'PUT',
      url: 'http://x/a',
      headers: [['Content-Type', 'text/plain']],
      bodySize: 6,
      timeoutMs: 0,
      followRedirects: true,
      maxRedirects: 10,
      digest: { username: 'u', password: 'p' },
    });
    expect(utf8Decode(p.body!)).toBe('héllo');
  });

  it('stores binary bodies as base64 and text as text', () => {
    const base = { method: 'POST', url: 'http://x/', headers: [], bodyDescription: { mode: 'none' as const }, timeoutMs: 0, followRedirects: true, maxRedirects: 10, unresolved: [] };
    expect(preparedToStored({ ...base, body: new Uint8Array([0xff, 0]) })).toMatchObject({ bodyBase64: '/wA=', bodySize: 2 });
    expect(preparedToStored({ ...base, body: new Uint8Array([0x61]) })).toMatchObject({ bodyText: 'a', bodySize: 1 });
  });

  it('renders HTTP/1.1 text with Host and Content-Length', async () => {
    const p = await prepareRequest(
      req({ method: 'POST', url: 'http://localhost:3000/a b?q=1#f', params: [kv('q', '1')], body: { mode: 'json', raw: '{}', urlencoded: [], multipart: [], graphql: { query: '', variables: '' } } }),
      { scopes: scopes() },
    );
    expect(preparedToHttpText(p)).toBe(
      'POST /a%20b?q=1 HTTP/1.1\r\nHost: localhost:3000\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
    );
  });
});
