import { describe, expect, it } from 'vitest';
import type { Folder, RequestItem } from '../../model';
import { importAny } from '../importAny';

const yaml = `openapi: 3.0.3
info: { title: Pets, version: '1' }
servers:
  - url: https://{region}.pets.test/v1
    variables:
      region: { default: eu }
security: [{ key: [] }]
tags: [{ name: pets, description: All pets }]
paths:
  /pets/{petId}:
    parameters:
      - { name: petId, in: path, required: true, schema: { type: integer, example: 7 } }
    get:
      tags: [pets]
      summary: Get a pet
      parameters:
        - { name: verbose, in: query, schema: { type: boolean, default: false } }
        - { name: limit, in: query, schema: { type: integer } }
        - { name: X-Trace, in: header, required: true, schema: { type: string }, example: abc }
      responses: { '200': { description: ok } }
    put:
      tags: [pets]
      operationId: updatePet
      security: [{ basic: [] }]
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
      responses: { '200': { description: ok } }
  /login:
    post:
      security: []
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: { type: object, properties: { user: { type: string, example: bob }, remember: { type: boolean } } }
      responses: { '200': { description: ok } }
components:
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Key }
    basic: { type: http, scheme: basic }
  schemas:
    Pet:
      type: object
      properties:
        id: { type: integer, readOnly: true }
        name: { type: string, example: Rex }
        tags: { type: array, items: { type: string } }
        owner: { $ref: '#/components/schemas/Owner' }
    Owner:
      type: object
      properties:
        email: { type: string, format: email }
        pets: { type: array, items: { $ref: '#/components/schemas/Pet' } }
`;

describe('OpenAPI import', () => {
  const r = importAny(yaml, 'pets.yaml');
  const c = r.collections[0]!;

  it('groups operations by tag and turns servers into variables', () => {
    expect(r.report.format).toBe('openapi');
    expect(r.report.imported.requests).toBe(3);
    const folder = c.items[0] as Folder;
    expect(folder).toMatchObject({ kind: 'folder', name: 'pets', description: 'All pets' });
    expect(folder.items.map((i) => (i as RequestItem).request.name)).toEqual(['Get a pet', 'updatePet']);
    expect(r.environments[0]!.variables.map((v) => [v.key, v.value])).toEqual([['baseUrl', 'https://{{region}}.pets.test/v1'], ['region', 'eu']]);
    expect(c.variables.map((v) => v.key)).toEqual(['baseUrl', 'region', 'apiKey', 'username', 'password']);
  });

  it('fills parameters from examples and defaults', () => {
    const get = ((c.items[0] as Folder).items[0] as RequestItem).request;
    expect(get.url).toBe('{{baseUrl}}/pets/:petId?verbose=false');
    expect(get.pathVariables.map((p) => [p.key, p.value])).toEqual([['petId', '7']]);
    expect(get.params.map((p) => [p.key, p.value, p.enabled])).toEqual([['verbose', 'false', true], ['limit', '0', false]]);
    expect(get.headers.map((h) => [h.key, h.value])).toEqual([['X-Trace', 'abc']]);
    expect(get.auth).toEqual({ type: 'inherit' });
    expect(c.auth).toEqual({ type: 'apikey', key: 'X-Key', value: '{{apiKey}}', in: 'header' });
  });

  it('builds bodies from schemas, through cycles, and maps security', () => {
    const put = ((c.items[0] as Folder).items[1] as RequestItem).request;
    expect(put.auth).toEqual({ type: 'basic', username: '{{username}}', password: '{{password}}' });
    expect(put.body.mode).toBe('json');
    const body = JSON.parse(put.body.raw);
    expect(body).toMatchObject({ name: 'Rex', tags: ['string'], owner: { email: 'user@example.com' } });
    expect(body.id).toBeUndefined();
    const login = (c.items[1] as RequestItem).request;
    expect(login.auth).toEqual({ type: 'none' });
    expect(login.body.urlencoded.map((f) => [f.key, f.value])).toEqual([['user', 'bob'], ['remember', 'true']]);
  });

  it('reads Swagger 2.0 JSON', () => {
    const swagger = { swagger: '2.0', info: { title: 'S', version: '1' }, host: 'api.test', basePath: '/v2', schemes: ['https'], paths: { '/x': { post: { parameters: [{ in: 'body', name: 'b', schema: { type: 'object', properties: { a: { type: 'string', example: 'z' } } } }], responses: { 200: { description: 'ok' } } } } } };
    const s = importAny(JSON.stringify(swagger));
    expect(s.collections[0]!.variables[0]).toMatchObject({ key: 'baseUrl', value: 'https://api.test/v2' });
    const req = (s.collections[0]!.items[0] as RequestItem).request;
    expect(req.method).toBe('POST');
    expect(JSON.parse(req.body.raw)).toEqual({ a: 'z' });
  });
});
