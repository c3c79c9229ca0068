import { describe, expect, it } from 'vitest';
import type { PreparedRequest } from '../../model';
import { newKeyValue, newRequest } from '../../model';
import { prepareRequest } from '../../prepare';
import { generateSnippet, snippetForRequest } from './generateSnippet';
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
      if (!['js-axios', 'node-axios'].includes(t.id)) expect(code, t.id).not.toMatch(/q=x\+y/);
    }
  });

  it('Python: exact body text, files opened from their paths, duplicate keys kept, digest and redirects', async () => {
    const mp = await prepared({
      method: 'POST', url: 'http://h.test/u',
      body: { mode: 'multipart', raw: '', urlencoded: [], graphql: { query: '', variables: '' }, multipart: [
        { id: 'a', key: 'f', enabled: true, kind: 'file', value: '', file: { id: 'x', name: 'a.png', type: 'image/png', size: 0, path: '/tmp/a.png' } },
        { id: 'b', key: 'k', enabled: true, kind: 'text', value: '1' },
        { id: 'c', key: 'k', enabled: true, kind: 'text', value: '2' },
      ] },
    });
    const code = pythonRequests(mp);
    expect(code).toContain('("f", ("a.png", open("/tmp/a.png", "rb"), "image/png")),');
    expect(code).toContain('("k", (None, "1")),\n    ("k", (None, "2")),');
    expect(code).not.toMatch(/multipart\/form-data; boundary/);
    const json = pythonRequests(await prepared({ method: 'PUT', url: 'http://h.test', body: { mode: 'json', raw: '{"é":\n 1}', urlencoded: [], multipart: [], graphql: { query: '', variables: '' } } }));
    expect(json).toContain('data = "{\\"é\\":\\n 1}".encode("utf-8")');
    const digest = pythonRequests(await prepared({ url: 'http://h.test', auth: { type: 'digest', username: 'u', password: 'p' }, settings: { timeoutMs: 1500, followRedirects: false, maxRedirects: 0, sender: 'default' } }));
    expect(digest).toContain('auth=HTTPDigestAuth("u", "p")');
    expect(digest).toContain('allow_redirects=False');
    expect(digest).toContain('timeout=1.5');
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
