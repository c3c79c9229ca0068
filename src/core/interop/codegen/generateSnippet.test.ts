import { describe, expect, it } from 'vitest';
import type { PreparedRequest } from '../../model';
import { newKeyValue, newRequest } from '../../model';
import { prepareRequest } from '../../prepare';
import { generateSnippet, snippetForRequest } from './generateSnippet';
import { pythonExact } from './pythonExact';
import { pythonRequests } from './pythonRequests';
import { DEFAULT_SNIPPET_TARGET, SNIPPET_TARGETS } from './targets';

const scopes = { globals: [], collection: [[{ id: '1', key: 'token', value: 'hunter2', enabled: true, secret: true }, { id: '2', key: 'host', value: 'api.test', enabled: true, secret: false }]], environment: [] };
const files = async () => new TextEncoder().encode('FILE');

async function prepared(partial: Parameters<typeof newRequest>[0]): Promise<PreparedRequest> {
  return prepareRequest(newRequest(partial), { scopes, fileResolver: files, boundary: 'XBOUNDARY' });
}

describe('code generation', () => {
  it('puts Python requests first and makes it the default', () => {
    expect(SNIPPET_TARGETS[0].id).toBe('python');
    expect(DEFAULT_SNIPPET_TARGET).toBe('python');
  });

  it('generates every target for a request with query, headers and JSON body', async () => {
    const p = await prepared({ method: 'POST', url: 'https://{{host}}/a?q=x%20y', headers: [newKeyValue('X-A', '1')], body: { mode: 'json', raw: '{"a": 1}', urlencoded: [], multipart: [], graphql: { query: '', variables: '' } } });
    for (const t of SNIPPET_TARGETS) {
      const code = await generateSnippet(p, t.id);
      expect(code.length, t.id).toBeGreaterThan(20);
      expect(code, t.id).toMatch(/api\.test/);
      // httpsnippet rewrites %20 as +; the wrapper puts the exact URL back.
      // Idiomatic Python uses params= (requests writes +) and says so in a comment.
      if (t.id === 'python') expect(code).toContain('# requests encodes the query as ?q=x+y (Reqlab sent ?q=x%20y)');
      else if (!['js-axios', 'node-axios'].includes(t.id)) expect(code, t.id).not.toMatch(/q=x\+y/);
    }
  });

  it('Python exact bytes: exact body text, files opened from their paths, duplicate keys kept, digest and redirects', async () => {
    const mp = await prepared({
      method: 'POST', url: 'http://h.test/u',
      body: { mode: 'multipart', raw: '', urlencoded: [], graphql: { query: '', variables: '' }, multipart: [
        { id: 'a', key: 'f', enabled: true, kind: 'file', value: '', file: { id: 'x', name: 'a.png', type: 'image/png', size: 0, path: '/tmp/a.png' } },
        { id: 'b', key: 'k', enabled: true, kind: 'text', value: '1' },
        { id: 'c', key: 'k', enabled: true, kind: 'text', value: '2' },
      ] },
    });
    const code = pythonExact(mp);
    expect(code).toContain('("f", ("a.png", open("/tmp/a.png", "rb"), "image/png")),');
    expect(code).toContain('("k", (None, "1")),\n    ("k", (None, "2")),');
    expect(code).not.toMatch(/multipart\/form-data; boundary/);
    const json = pythonExact(await prepared({ method: 'PUT', url: 'http://h.test', body: { mode: 'json', raw: '{"é":\n 1}', urlencoded: [], multipart: [], graphql: { query: '', variables: '' } } }));
    expect(json).toContain('data = "{\\"é\\":\\n 1}".encode("utf-8")');
    const digest = pythonRequests(await prepared({ url: 'http://h.test', auth: { type: 'digest', username: 'u', password: 'p' }, settings: { timeoutMs: 1500, followRedirects: false, maxRedirects: 0, sender: 'default' } }));
    expect(digest).toContain('auth=HTTPDigestAuth("u", "p")');
    expect(digest).toContain('allow_redirects=False');
    expect(digest).toContain('timeout=1.5');
    const ntlm = await prepared({ url: 'http://h.test', auth: { type: 'ntlm', username: 'ada', password: 'p', domain: 'REQLAB', workstation: '' } });
    for (const code of [pythonRequests(ntlm), pythonExact(ntlm)]) {
      expect(code).toContain('from requests_ntlm import HttpNtlmAuth');
      expect(code).toContain('auth=HttpNtlmAuth("REQLAB\\\\ada", "p")');
    }
    expect(await generateSnippet(ntlm, 'js-fetch')).toMatch(/^\/\/ NTLM auth \(user "REQLAB\\ada"\) needs a three-message handshake/);
  });

  it('Python as a Python programmer writes it: params=, json= with a literal, data= dict, auth=(user, password)', async () => {
    const body = (raw: string) => ({ mode: 'json' as const, raw, urlencoded: [], multipart: [], graphql: { query: '', variables: '' } });
    const put = pythonRequests(await prepared({ method: 'PUT', url: 'http://h.test/books/2?lang=en', body: body('{"title": "SICP", "tags": ["cs", "lisp"], "year": 1985, "out": null, "ok": true}') }));
    expect(put).toContain('params = {"lang": "en"}');
    expect(put).toContain('payload = {\n    "title": "SICP",\n    "tags": ["cs", "lisp"],\n    "year": 1985,\n    "out": None,\n    "ok": True,\n}');
    expect(put).toContain('response = requests.put(url, params=params, json=payload)');
    expect(put).not.toContain('headers = ');
    expect(put).not.toContain('# requests writes this JSON');
    expect(put).toContain('print(json.dumps(response.json(), indent=2))');

    const indented = pythonRequests(await prepared({ method: 'POST', url: 'http://h.test/b', body: body('{\n  "a": 1\n}') }));
    expect(indented).toContain('# requests writes this JSON on one line, as json.dumps does: the same value, other\n# whitespace than the bytes Reqlab sent.');
    const float = pythonRequests(await prepared({ method: 'POST', url: 'http://h.test/b', body: body('{"price": 1.0}') }));
    expect(float).toContain('data = "{\\"price\\": 1.0}"');

    const form = pythonRequests(await prepared({ method: 'POST', url: 'http://h.test/f', body: { mode: 'urlencoded', raw: '', urlencoded: [newKeyValue('name', 'Ada'), newKeyValue('lang', 'en')], multipart: [], graphql: { query: '', variables: '' } } }));
    expect(form).toContain('form = {"name": "Ada", "lang": "en"}');
    expect(form).toContain('requests.post(url, data=form)');

    const basic = pythonRequests(await prepared({ url: 'http://h.test/a', auth: { type: 'basic', username: 'ada', password: 'lovelace' } }));
    expect(basic).toContain('requests.get(url, auth=("ada", "lovelace"))');
    const latin = pythonRequests(await prepared({ url: 'http://h.test/a', auth: { type: 'basic', username: 'ada', password: 'pä' } }));
    expect(latin).toContain('"Authorization": "Basic ');

    const patch = pythonRequests(await prepared({ method: 'PATCH', url: 'http://h.test/b/3', headers: [newKeyValue('Content-Type', 'application/merge-patch+json')], body: body('{"year": 2004}') }));
    expect(patch).toContain('headers = {"Content-Type": "application/merge-patch+json"}');
    expect(patch).toContain('requests.patch(url, headers=headers, json=payload)');
    const custom = pythonRequests(await prepared({ method: 'PURGE', url: 'http://h.test/c' }));
    expect(custom).toContain('requests.request("PURGE", url)');
    const head = pythonRequests(await prepared({ method: 'HEAD', url: 'http://h.test/c' }));
    expect(head).toContain('requests.head(url, allow_redirects=True)');
  });

  it('masks secrets unless asked to include them', async () => {
    const request = newRequest({ url: 'https://{{host}}/x', auth: { type: 'bearer', token: '{{token}}' } });
    const masked = await snippetForRequest(request, { scopes }, { target: 'python' });
    expect(masked).toContain('"Authorization": "Bearer {{token}}"');
    expect(masked).toContain('https://api.test/x');
    const clear = await snippetForRequest(request, { scopes }, { target: 'python', secrets: 'resolve' });
    expect(clear).toContain('Bearer hunter2');
    const kept = await snippetForRequest(newRequest({ url: '{{host}}/x', headers: [newKeyValue('X-Host', '{{host}}')] }), { scopes }, { target: 'python', variables: 'placeholder' });
    expect(kept).toContain('url = "{{host}}/x"');
    expect(kept).toContain('"X-Host": "{{host}}"');
  });

  it('JS fetch sends multipart files as files, not as their path in a string', async () => {
    const p = await prepared({ method: 'POST', url: 'http://h.test', body: { mode: 'multipart', raw: '', urlencoded: [], graphql: { query: '', variables: '' }, multipart: [{ id: 'a', key: 'f', enabled: true, kind: 'file', value: '', file: { id: 'x', name: 'a.txt', type: 'text/plain', size: 0, path: 'dir/a.txt' } }] } });
    const code = await generateSnippet(p, 'js-fetch');
    expect(code).toContain("form.append('f', new Blob([fs.readFileSync('dir/a.txt')], { type: 'text/plain' }), 'a.txt');");
    expect(code).not.toContain("form.append('f', 'dir/a.txt')");
  });
});
