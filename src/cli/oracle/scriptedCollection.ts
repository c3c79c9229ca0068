/**
 * A Postman collection written for the scripts oracle: a login whose token a test script keeps and
 * the next request sends, pre-request scripts that change the URL, headers and body, tests that pass
 * and one that fails on purpose, variables chained across folders, a setNextRequest loop that skips a
 * request, iteration data, and pm.sendRequest.
 */
const js = (code: string) => code.trim().split('\n').map((l) => l.trim());
const prerequest = (code: string) => ({ listen: 'prerequest', script: { type: 'text/javascript', exec: js(code) } });
const test = (code: string) => ({ listen: 'test', script: { type: 'text/javascript', exec: js(code) } });
const get = (name: string, path: string, events: unknown[] = [], header: unknown[] = []) => ({ name, event: events, request: { method: 'GET', header, url: `{{base}}${path}` } });

export function scriptedCollection(): Record<string, unknown> {
  return {
    info: { name: 'Scripted', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    event: [
      prerequest(`pm.collectionVariables.set('calls', (Number(pm.collectionVariables.get('calls')) || 0) + 1);`),
      test(`pm.test('answered', function () { pm.expect(pm.response.code).to.be.below(500); });`),
    ],
    variable: [{ key: 'calls', value: '0' }],
    item: [
      {
        name: 'Auth',
        item: [
          {
            name: 'Log in',
            event: [
              test(`
                const echo = pm.response.json();
                pm.environment.set('token', 'tok-' + echo.body.json.user);
                pm.test('Status code is 200', function () { pm.response.to.have.status(200); });
                pm.test('sent the user', function () { pm.expect(echo.body.json).to.have.property('user', pm.iterationData.get('user')); });
              `),
            ],
            request: {
              method: 'POST',
              header: [{ key: 'Content-Type', value: 'application/json' }],
              body: { mode: 'raw', raw: '{"user":"{{user}}"}' },
              url: '{{base}}/sandbox/anything/login',
            },
          },
        ],
      },
      {
        name: 'Books',
        event: [prerequest(`pm.request.headers.add({ key: 'X-Calls', value: String(pm.collectionVariables.get('calls')) });`)],
        item: [
          get('Who am I', '/sandbox/anything/me', [
            test(`
              const auth = pm.response.json().headers.find(function (h) { return h[0].toLowerCase() === 'authorization'; });
              pm.test('token sent', function () { pm.expect(auth[1]).to.equal('Bearer ' + pm.environment.get('token')); });
              pm.test('fails on purpose', function () { pm.expect(pm.response.code).to.equal(201); });
              tests['legacy style'] = responseCode.code === 200;
            `),
          ], [{ key: 'Authorization', value: 'Bearer {{token}}' }]),
          {
            name: 'Rewritten',
            event: [
              prerequest(`
                pm.request.url.query.add({ key: 'page', value: '2' });
                pm.request.headers.upsert({ key: 'X-Trace', value: 'it-' + pm.info.iteration });
                pm.request.body.update(JSON.stringify({ rewritten: true, by: pm.variables.get('user') }));
                pm.variables.set('local', 'only here');
              `),
              test(`pm.test('body as the script left it', function () { pm.expect(pm.response.json().body.json).to.eql({ rewritten: true, by: pm.iterationData.get('user') }); });`),
            ],
            request: { method: 'POST', header: [{ key: 'Content-Type', value: 'application/json' }], body: { mode: 'raw', raw: '{"original":true}' }, url: '{{base}}/sandbox/anything/rewritten?a=1' },
          },
          get('Loop', '/sandbox/anything/loop?n={{n}}', [
            prerequest(`pm.collectionVariables.set('n', (Number(pm.collectionVariables.get('n')) || 0) + 1);`),
            test(`
              pm.test('loop ' + pm.collectionVariables.get('n'), function () { pm.response.to.be.ok; });
              if (pm.collectionVariables.get('n') < 3) postman.setNextRequest('Loop'); else postman.setNextRequest('Last');
            `),
          ]),
          get('Skipped', '/sandbox/anything/never'),
          get('Last', '/sandbox/anything/last', [
            test(`
              pm.sendRequest(pm.environment.get('base') + '/sandbox/anything/side', function (err, res) {
                pm.test('side request', function () { pm.expect(err).to.equal(null); pm.expect(res.code).to.equal(200); });
                pm.environment.set('side', res.json().path + '#' + pm.info.iteration);
              });
              pm.environment.set('calls seen', String(pm.collectionVariables.get('calls')));
              pm.environment.unset('drop me');
            `),
          ]),
        ],
      },
    ],
  };
}
