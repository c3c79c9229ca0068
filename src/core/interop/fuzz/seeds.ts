import { postmanFixture } from '../testing/fixtures';

/**
 * Small, valid inputs of every format the importers read: the fuzzer mutates these. (`npm run fuzz`
 * adds the real files of ../shared/corpus when they are there; they are not copied into the repo.)
 */
export const BUILT_IN_SEEDS: { name: string; text: string }[] = [
  { name: 'postman v2.1', text: JSON.stringify(postmanFixture('http://example.test')) },
  {
    name: 'postman v1',
    text: JSON.stringify({
      name: 'v1',
      order: ['r1'],
      folders: [{ id: 'f1', name: 'F', order: ['r2'], folders_order: [] }],
      requests: [
        { id: 'r1', name: 'one', url: 'http://x/a?b=1', method: 'POST', headers: 'A: 1\nB: 2', dataMode: 'params', data: [{ key: 'k', value: 'v', type: 'text' }] },
        { id: 'r2', name: 'two', url: 'http://x/:id', method: 'GET', pathVariables: { id: '1' }, currentHelper: 'basicAuth', helperAttributes: { username: 'u' } },
      ],
    }),
  },
  { name: 'postman environment', text: JSON.stringify({ name: 'env', values: [{ key: 'base', value: 'http://x', enabled: true }, { key: 's', value: 'x', type: 'secret' }] }) },
  { name: 'postman globals', text: JSON.stringify({ name: 'g', _postman_variable_scope: 'globals', values: [{ key: 'a', value: '1' }] }) },
  {
    name: 'openapi 3 yaml',
    text: `openapi: 3.0.3
info: { title: Books, version: '1' }
servers: [{ url: 'https://api.test/{v}', variables: { v: { default: v1 } } }]
components:
  schemas:
    Book: &book { type: object, properties: { title: { type: string, example: Dune }, tags: { type: array, items: { type: string } } } }
  securitySchemes: { key: { type: apiKey, in: header, name: X-Key }, oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://a/t', scopes: {} } } } }
paths:
  /books/{id}:
    parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
    put:
      security: [{ key: [] }]
      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Book' } } } }
      responses: { '200': { description: ok } }
`,
  },
  {
    name: 'swagger 2',
    text: JSON.stringify({ swagger: '2.0', info: { title: 'S', version: '1' }, host: 'api.test', basePath: '/v2', schemes: ['https'], paths: { '/x': { post: { parameters: [{ in: 'body', name: 'b', schema: { type: 'object', properties: { a: { type: 'string' } } } }, { in: 'query', name: 'q', type: 'string' }], responses: { 200: { description: 'ok' } } } } } }),
  },
  {
    name: 'har',
    text: JSON.stringify({
      log: {
        version: '1.2',
        creator: { name: 't', version: '1' },
        entries: [
          { request: { method: 'POST', url: 'http://x/a?b=1', httpVersion: 'HTTP/1.1', headers: [{ name: 'Content-Type', value: 'application/json' }], queryString: [{ name: 'b', value: '1' }], cookies: [], headersSize: -1, bodySize: 7, postData: { mimeType: 'application/json', text: '{"a":1}' } }, response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [], cookies: [], content: { size: 0, mimeType: 'text/plain' }, redirectURL: '', headersSize: -1, bodySize: 0 }, cache: {}, timings: { send: 0, wait: 0, receive: 0 }, startedDateTime: '2024-01-01T00:00:00Z', time: 1 },
        ],
      },
    }),
  },
  { name: 'curl', text: `curl -X POST 'https://api.test/a b?x=1' -H 'Accept: application/json' -u ada:pw --data-urlencode 'q=a b' -F 'f=@file.txt;type=text/plain' $'--data-raw' $'\\u00e9\\x41\\101'` },
];
