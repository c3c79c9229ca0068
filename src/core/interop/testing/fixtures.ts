/** Collections written for the tests: every body mode, nested folders, inheritance, variables. */
export function postmanFixture(base = '{{base}}', upload = 'upload.txt'): Record<string, unknown> {
  return {
    info: { name: 'Fixture', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json', description: { content: 'Top **level**' } },
    auth: { type: 'basic', basic: [{ key: 'username', value: '{{user}}' }, { key: 'password', value: 'p@ss' }] },
    variable: [{ key: 'user', value: 'alice' }, { key: 'token', value: 's3cret', type: 'secret' }],
    event: [{ listen: 'prerequest', script: { exec: ['console.log(1)'] } }],
    item: [
      {
        name: 'Outer',
        auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{token}}' }] },
        variable: [{ key: 'section', value: 'outer' }],
        item: [
          {
            name: 'Inner',
            variable: [{ key: 'section', value: 'inner' }],
            item: [
              {
                name: 'Query and path',
                request: {
                  method: 'GET',
                  url: {
                    raw: `${base}/sandbox/anything/:id?a=1&section={{section}}`,
                    host: [base], path: ['sandbox', 'anything', ':id'],
                    query: [{ key: 'a', value: '1' }, { key: 'off', value: 'x', disabled: true }, { key: 'section', value: '{{section}}' }],
                    variable: [{ key: 'id', value: '42' }],
                  },
                  header: [{ key: 'X-On', value: 'yes' }, { key: 'X-Off', value: 'no', disabled: true }],
                },
                response: [{ name: 'ok', code: 200, status: 'OK', header: [{ key: 'Content-Type', value: 'application/json' }], body: '{"ok":true}' }],
              },
              {
                name: 'No auth',
                request: { method: 'GET', url: `${base}/sandbox/anything/noauth`, auth: { type: 'noauth' } },
              },
            ],
          },
          {
            name: 'Raw JSON',
            event: [{ listen: 'test', script: { exec: ['pm.test("x", () => {})'] } }],
            request: {
              method: 'POST', url: `${base}/sandbox/anything/json`,
              body: { mode: 'raw', raw: '{"user": "{{user}}", "n": 1}', options: { raw: { language: 'json' } } },
            },
          },
        ],
      },
      { name: 'Raw text', request: { method: 'PUT', url: `${base}/sandbox/anything/text`, body: { mode: 'raw', raw: 'plain {{user}}' } } },
      { name: 'Raw XML', request: { method: 'POST', url: `${base}/sandbox/anything/xml`, body: { mode: 'raw', raw: '<a>1</a>', options: { raw: { language: 'xml' } } } } },
      {
        name: 'Urlencoded', request: {
          method: 'POST', url: `${base}/sandbox/anything/form`,
          body: { mode: 'urlencoded', urlencoded: [{ key: 'a b', value: 'c&d' }, { key: 'skip', value: '1', disabled: true }, { key: 'u', value: '{{user}}' }] },
        },
      },
      {
        name: 'Multipart', request: {
          method: 'POST', url: `${base}/sandbox/anything/multipart`,
          body: { mode: 'formdata', formdata: [{ key: 'text', value: 'hello', type: 'text' }, { key: 'file', type: 'file', src: upload }, { key: 'off', value: 'x', type: 'text', disabled: true }] },
        },
      },
      { name: 'GraphQL', request: { method: 'POST', url: `${base}/sandbox/anything/graphql`, body: { mode: 'graphql', graphql: { query: 'query { me { id } }', variables: '{"a":1}' } } } },
      { name: 'API key', request: { method: 'GET', url: `${base}/sandbox/anything/apikey`, auth: { type: 'apikey', apikey: [{ key: 'key', value: 'X-Api-Key' }, { key: 'value', value: 'k123' }, { key: 'in', value: 'header' }] } } },
      { name: 'API key query', request: { method: 'GET', url: `${base}/sandbox/anything/apikeyq`, auth: { type: 'apikey', apikey: [{ key: 'key', value: 'api_key' }, { key: 'value', value: 'k 9' }, { key: 'in', value: 'query' }] } } },
      { name: 'File body', request: { method: 'POST', url: `${base}/sandbox/anything/file`, body: { mode: 'file', file: { src: upload } } } },
    ],
  };
}
