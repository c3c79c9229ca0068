import { describe, expect, it } from 'vitest';
import type { ScriptRunInput } from '../core/model/scripts';
import { nodeScriptEngine as engine } from './scriptEngine';

function input(code: string, more: Partial<ScriptRunInput> = {}): ScriptRunInput {
  return {
    event: 'test',
    scripts: [{ label: 'My API / Get book · Tests', code }],
    state: {
      globals: { g: 'G' },
      collectionVariables: { c: 'C', shared: 'from collection' },
      environment: { e: 'E', shared: 'from environment' },
      iterationData: { d: 'D' },
      local: {},
      request: { name: 'Get book', method: 'GET', url: 'http://x.test/books/{{id}}?a=1', headers: [{ key: 'Accept', value: 'application/json' }], body: { mode: 'raw', raw: '{"a":1}' } },
    },
    response: { code: 200, status: 'OK', headers: [['Content-Type', 'application/json']], body: '{"id":1,"title":"Dune","tags":["sf"]}', responseTime: 12, responseSize: 37 },
    info: { requestName: 'Get book', requestId: 'r1', iteration: 0, iterationCount: 1 },
    timeoutMs: 1000,
    ...more,
  };
}

describe('the pm API in the QuickJS engine', () => {
  it('runs pm.test with chai and Postman’s response assertions, passing and failing', async () => {
    const out = await engine.run(input(`
      pm.test('Status code is 200', () => pm.response.to.have.status(200));
      pm.test('is 201', function () { pm.response.to.have.status(201); });
      pm.test('title', () => pm.expect(pm.response.json().title).to.eql('Dune'));
      pm.test('header', () => pm.response.to.have.header('content-type'));
      pm.test('ok and json', () => { pm.response.to.be.ok; pm.response.to.be.json; pm.response.to.have.jsonBody('tags.0', 'sf'); });
      pm.test.skip('later');
      tests['legacy passes'] = responseCode.code === 200;
      tests['legacy fails'] = JSON.parse(responseBody).id === 2;
    `));
    expect(out.failures).toEqual([]);
    expect(out.tests.map((t) => [t.name, t.passed, !!t.skipped])).toEqual([
      ['Status code is 200', true, false], ['is 201', false, false], ['title', true, false], ['header', true, false], ['ok and json', true, false], ['later', false, true],
      ['legacy passes', true, false], ['legacy fails', false, false],
    ]);
    expect(out.tests[1]!.error).toBe('AssertionError: expected response to have status code 201 but got 200');
    expect(out.tests[0]!.script).toBe('My API / Get book · Tests');
  });

  it('reads and writes variables with Postman’s precedence and hands back what changed', async () => {
    const out = await engine.run(input(`
      console.log('shared is', pm.variables.get('shared'), { n: 1 });
      pm.environment.set('token', pm.response.json().id + 41);
      pm.collectionVariables.set('c', 'C2');
      pm.globals.unset('g');
      postman.setEnvironmentVariable('legacy', 'L');
      pm.variables.set('shared', 'local');
      console.warn(pm.variables.replaceIn('{{shared}}-{{d}}-{{nope}}'), pm.iterationData.get('d'));
      try { pm.iterationData.set('d', 1); } catch (e) { console.error(e.message); }
    `));
    expect(out.failures).toEqual([]);
    expect(out.state.environment).toEqual({ e: 'E', shared: 'from environment', token: 42, legacy: 'L' });
    expect(out.state.collectionVariables).toEqual({ c: 'C2', shared: 'from collection' });
    expect(out.state.globals).toEqual({});
    expect(out.console.map((c) => [c.level, c.text])).toEqual([
      ['log', 'shared is from environment {"n":1}'],
      ['warn', 'local-D-{{nope}} D'],
      ['error', 'pm.iterationData is read-only'],
    ]);
  });

  it('lets a pre-request script change the URL, headers and body, and says what it left', async () => {
    const out = await engine.run(input(`
      pm.request.url.query.add({ key: 'b', value: '2' });
      pm.request.headers.upsert({ key: 'accept', value: 'text/plain' });
      pm.request.headers.add({ key: 'X-Signed', value: pm.request.url.getHost() + pm.request.url.getPath() });
      pm.request.body.update(JSON.stringify({ changed: true }));
      pm.request.method = 'POST';
      postman.setNextRequest('Log out');
    `, { event: 'prerequest', response: undefined }));
    expect(out.failures).toEqual([]);
    expect(out.state.request).toMatchObject({
      method: 'POST', url: 'http://x.test/books/{{id}}?a=1&b=2',
      headers: [{ key: 'Accept', value: 'text/plain' }, { key: 'X-Signed', value: 'x.test/books/{{id}}' }],
      body: { mode: 'raw', raw: '{"changed":true}' },
    });
    expect(out.nextRequest).toBe('Log out');
    const url = await engine.run(input(`pm.request.url = 'http://y.test/' + pm.request.url.getQueryString();`, { event: 'prerequest' }));
    expect(url.state.request.url).toBe('http://y.test/a=1');
  });

  it('stops an endless loop and unbounded allocation with a message naming the script, and the engine keeps working', async () => {
    const loop = await engine.run(input('while (true) {}', { timeoutMs: 200 }));
    expect(loop.failures).toEqual([{ script: 'My API / Get book · Tests', kind: 'timeout', message: '“My API / Get book · Tests” ran for more than 200 ms and was stopped (an endless loop?).' }]);
    const memory = await engine.run(input("const a = []; const mb = 'x'.repeat(1 << 20); for (;;) a.push(mb + a.length);", { timeoutMs: 20_000 }));
    expect(memory.failures[0]).toMatchObject({ kind: 'memory' });
    expect(memory.failures[0]!.message).toContain('“My API / Get book · Tests” used more memory');
    const after = await engine.run(input(`pm.test('still here', () => pm.expect(_.get({ a: { b: 3 } }, 'a.b')).to.equal(3));`));
    expect(after.tests).toMatchObject([{ name: 'still here', passed: true }]);
  });

  it('keeps what the scripts before a stopped one did: their tests, console and variables', async () => {
    const before = { label: 'My API · Tests', code: "pm.test('collection ok', () => {}); console.log('from the collection'); pm.environment.set('token', 't-1');" };
    const stopped = [
      ['while (true) {}', 'timeout', 300],
      ["const a = []; const mb = 'x'.repeat(1 << 20); for (;;) a.push(mb + a.length);", 'memory', 20_000],
    ] as const;
    for (const [code, kind, timeoutMs] of stopped) {
      const out = await engine.run(input('', { timeoutMs, scripts: [before, { label: 'My API / Get book · Tests', code }] }));
      expect(out.failures).toMatchObject([{ script: 'My API / Get book · Tests', kind }]);
      expect(out.tests).toMatchObject([{ name: 'collection ok', passed: true, script: 'My API · Tests' }]);
      expect(out.console.map((c) => c.text)).toEqual(['from the collection']);
      expect(out.state.environment.token).toBe('t-1');
    }
  });

  it('sees no page, storage, network or host: only the pm API', async () => {
    const out = await engine.run(input(`
      for (const name of ['window', 'document', 'indexedDB', 'localStorage', 'fetch', 'XMLHttpRequest', 'WebSocket', 'process', 'importScripts', 'postMessage', 'self', '__send', '__require', '__input']) {
        pm.test(name, () => pm.expect(typeof globalThis[name]).to.equal('undefined'));
      }
      pm.test('require', () => pm.expect(() => require('fs')).to.throw(/not available/));
    `));
    expect(out.tests.filter((t) => !t.passed)).toEqual([]);
    expect(out.tests).toHaveLength(15);
  });

  it('reports a thrown error with the script and line, and keeps the tests that ran', async () => {
    const out = await engine.run(input(`pm.test('first', () => {});\nundefinedThing.x = 1;`));
    expect(out.tests).toMatchObject([{ name: 'first', passed: true }]);
    expect(out.failures).toEqual([{ script: 'My API / Get book · Tests', kind: 'error', message: '“My API / Get book · Tests”: ReferenceError: \'undefinedThing\' is not defined (line 2)' }]);
  });

  it('sends pm.sendRequest through the host and calls back with the response', async () => {
    const seen: string[] = [];
    const out = await engine.run(input(`
      pm.sendRequest({ url: 'http://x.test/token', method: 'POST', header: { 'X-A': '1' } }, (err, res) => {
        pm.environment.set('token', res.json().token);
        pm.test('got token', () => pm.expect(res.code).to.equal(201));
      });
    `), async (r) => {
      seen.push(`${r.method} ${r.url} ${r.headers.map((h) => h.key + '=' + h.value).join()}`);
      return { code: 201, status: 'Created', headers: [], body: '{"token":"t0k"}', responseTime: 1, responseSize: 15 };
    });
    expect(out.failures).toEqual([]);
    expect(seen).toEqual(['POST http://x.test/token X-A=1']);
    expect(out.state.environment.token).toBe('t0k');
    expect(out.tests).toMatchObject([{ name: 'got token', passed: true }]);
  });
});
