import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetSandbox } from './index';
import { rawRequest, startSandboxServer, type SandboxServer } from './testServer';

interface Book {
  id: number;
  title: string;
  author: string;
  year?: number;
  [field: string]: unknown;
}
interface Page {
  items: Book[];
  page: number;
  limit: number;
  total: number;
}

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  expect((await call('POST', '/sandbox/reset')).status).toBe(200);
});

const JSON_TYPE = { 'Content-Type': 'application/json' };

function call(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  return fetch(sandbox.base + path, { method, headers: init.headers, body: init.body });
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await response.json()) as { type: string; title: string; status: number; detail: string; errors?: unknown[] };
  expect(problem.status).toBe(status);
  expect(problem.title).toEqual(expect.any(String));
  expect(problem.detail).toEqual(expect.any(String));
  return problem;
}

describe('GET /sandbox/books', () => {
  it('lists seed books with page, limit and total', async () => {
    const response = await call('GET', '/sandbox/books');
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page;
    expect(page.page).toBe(1);
    expect(page.limit).toBe(10);
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect(page.items).toHaveLength(page.total);
    for (const book of page.items) expect(book).toMatchObject({ id: expect.any(Number), title: expect.any(String), author: expect.any(String) });
  });

  it('pages with ?page and ?limit, without overlap, and links to the next page', async () => {
    const first = (await (await call('GET', '/sandbox/books?limit=3&page=1')).json()) as Page;
    const secondResponse = await call('GET', '/sandbox/books?limit=3&page=2');
    const second = (await secondResponse.json()) as Page;
    expect(first.items).toHaveLength(3);
    expect(second).toMatchObject({ page: 2, limit: 3, total: first.total });
    expect(second.items.map((b) => b.id)).not.toContain(first.items[0]!.id);
    expect(secondResponse.headers.get('link')).toContain('rel="prev"');
    const beyond = (await (await call('GET', '/sandbox/books?limit=3&page=99')).json()) as Page;
    expect(beyond.items).toEqual([]);
  });

  it('searches title and author with ?q, case-insensitively', async () => {
    const byAuthor = (await (await call('GET', '/sandbox/books?q=le+GUIN')).json()) as Page;
    expect(byAuthor.total).toBe(2);
    expect(byAuthor.items.every((b) => b.author.includes('Le Guin'))).toBe(true);
    const byTitle = (await (await call('GET', '/sandbox/books?q=rose')).json()) as Page;
    expect(byTitle.items.map((b) => b.title)).toEqual(['The Name of the Rose']);
    const none = (await (await call('GET', '/sandbox/books?q=zzzz')).json()) as Page;
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('answers a bad ?page or ?limit with 400', async () => {
    await expectProblem(await call('GET', '/sandbox/books?page=0'), 400);
    await expectProblem(await call('GET', '/sandbox/books?limit=abc'), 400);
    await expectProblem(await call('GET', '/sandbox/books?limit=1000'), 400);
  });
});

describe('POST /sandbox/books', () => {
  it('creates a book: 201 with Location and ETag, then it can be read', async () => {
    const response = await call('POST', '/sandbox/books', {
      headers: JSON_TYPE,
      body: JSON.stringify({ title: 'Kindred', author: 'Octavia E. Butler', year: 1979, id: 999 }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as Book;
    expect(created).toMatchObject({ title: 'Kindred', author: 'Octavia E. Butler', year: 1979 });
    expect(created.id).not.toBe(999);
    expect(response.headers.get('location')).toBe(`/sandbox/books/${created.id}`);
    expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/);
    const read = await call('GET', response.headers.get('location')!);
    expect(await read.json()).toEqual(created);
    expect(read.headers.get('etag')).toBe(response.headers.get('etag'));
  });

  it('answers malformed JSON with 400', async () => {
    const problem = await expectProblem(await call('POST', '/sandbox/books', { headers: JSON_TYPE, body: '{"title": "x",' }), 400);
    expect(problem.detail).toMatch(/JSON/);
    await expectProblem(await call('POST', '/sandbox/books', { headers: JSON_TYPE, body: '' }), 400);
  });

  it('answers a missing field with 422 problem+json naming each field', async () => {
    const problem = await expectProblem(await call('POST', '/sandbox/books', { headers: JSON_TYPE, body: '{"year": "old"}' }), 422);
    expect(problem.errors).toEqual([
      { pointer: '/title', detail: expect.stringContaining('title') },
      { pointer: '/author', detail: expect.stringContaining('author') },
      { pointer: '/year', detail: expect.stringContaining('year') },
    ]);
    await expectProblem(await call('POST', '/sandbox/books', { headers: JSON_TYPE, body: '[1, 2]' }), 422);
    const total = ((await (await call('GET', '/sandbox/books')).json()) as Page).total;
    expect(total).toBe(8);
  });

  it('answers a body that is not JSON with 415', async () => {
    const text = await call('POST', '/sandbox/books', { headers: { 'Content-Type': 'text/plain' }, body: '{"title":"a","author":"b"}' });
    await expectProblem(text, 415);
    const form = await call('POST', '/sandbox/books', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'title=a&author=b' });
    await expectProblem(form, 415);
    const none = await rawRequest(sandbox.port, { method: 'POST', path: '/sandbox/books', body: '{"title":"a","author":"b"}' });
    expect(none.status).toBe(415);
  });
});

describe('/sandbox/books/<id>', () => {
  it('gets one book with an ETag; If-None-Match gives 304 without a body', async () => {
    const response = await call('GET', '/sandbox/books/1');
    expect(response.status).toBe(200);
    expect(((await response.json()) as Book).id).toBe(1);
    const etag = response.headers.get('etag')!;
    const notModified = await call('GET', '/sandbox/books/1', { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(await notModified.text()).toBe('');
    const weakInList = await call('GET', '/sandbox/books/1', { headers: { 'If-None-Match': `"other", W/${etag}` } });
    expect(weakInList.status).toBe(304);
    const stale = await call('GET', '/sandbox/books/1', { headers: { 'If-None-Match': '"stale"' } });
    expect(stale.status).toBe(200);
  });

  it('answers an absent book with 404 problem+json', async () => {
    await expectProblem(await call('GET', '/sandbox/books/12345'), 404);
    await expectProblem(await call('GET', '/sandbox/books/not-a-number'), 404);
    await expectProblem(await call('PUT', '/sandbox/books/12345', { headers: JSON_TYPE, body: '{"title":"a","author":"b"}' }), 404);
  });

  it('replaces with PUT, changing the ETag; a stale If-Match gives 412 and changes nothing', async () => {
    const before = await call('GET', '/sandbox/books/2');
    const etag = before.headers.get('etag')!;
    const replaced = await call('PUT', '/sandbox/books/2', {
      headers: { ...JSON_TYPE, 'If-Match': etag },
      body: JSON.stringify({ title: 'SICP', author: 'Abelson & Sussman' }),
    });
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toEqual({ id: 2, title: 'SICP', author: 'Abelson & Sussman' });
    const newEtag = replaced.headers.get('etag')!;
    expect(newEtag).not.toBe(etag);

    const conflict = await call('PUT', '/sandbox/books/2', {
      headers: { ...JSON_TYPE, 'If-Match': etag },
      body: JSON.stringify({ title: 'Lost update', author: 'Nobody' }),
    });
    await expectProblem(conflict, 412);
    expect(conflict.headers.get('etag')).toBe(newEtag);
    expect(((await (await call('GET', '/sandbox/books/2')).json()) as Book).title).toBe('SICP');
    await expectProblem(await call('PUT', '/sandbox/books/2', { headers: JSON_TYPE, body: '{"title":"no author"}' }), 422);
    await expectProblem(await call('PUT', '/sandbox/books/2', { headers: JSON_TYPE, body: 'nope' }), 400);
    await expectProblem(await call('PUT', '/sandbox/books/2', { headers: { 'Content-Type': 'text/xml' }, body: '<b/>' }), 415);
  });

  it('merges with PATCH (JSON Merge Patch: null removes, objects merge)', async () => {
    const first = await call('PATCH', '/sandbox/books/4', {
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ year: null, isbn: null, meta: { shelf: 'B', row: 2 }, id: 77 }),
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      id: 4,
      title: 'The Name of the Rose',
      author: 'Umberto Eco',
      tags: ['mystery', 'historical'],
      meta: { shelf: 'B', row: 2 },
    });
    const second = await call('PATCH', '/sandbox/books/4', {
      headers: JSON_TYPE,
      body: JSON.stringify({ meta: { row: null, floor: 1 }, tags: ['classic'] }),
    });
    const merged = (await second.json()) as Book;
    expect(merged).toMatchObject({ meta: { shelf: 'B', floor: 1 }, tags: ['classic'] });
    expect(merged.meta).not.toHaveProperty('row');
    expect(await (await call('GET', '/sandbox/books/4')).json()).toEqual(merged);
  });

  it('refuses a PATCH that breaks the book (422), has a stale If-Match (412) or the wrong type (415)', async () => {
    await expectProblem(await call('PATCH', '/sandbox/books/3', { headers: JSON_TYPE, body: '{"title": null}' }), 422);
    await expectProblem(
      await call('PATCH', '/sandbox/books/3', { headers: { ...JSON_TYPE, 'If-Match': '"stale"' }, body: '{"year": 1}' }),
      412,
    );
    const wrongType = await call('PATCH', '/sandbox/books/3', { headers: { 'Content-Type': 'application/json-patch+json' }, body: '[]' });
    await expectProblem(wrongType, 415);
    expect(wrongType.headers.get('accept-patch')).toContain('application/merge-patch+json');
    expect(((await (await call('GET', '/sandbox/books/3')).json()) as Book).year).toBe(1987);
  });

  it('deletes with 204, then 404; If-Match protects a delete', async () => {
    await expectProblem(await call('DELETE', '/sandbox/books/5', { headers: { 'If-Match': '"stale"' } }), 412);
    const deleted = await call('DELETE', '/sandbox/books/5');
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    await expectProblem(await call('DELETE', '/sandbox/books/5'), 404);
    await expectProblem(await call('GET', '/sandbox/books/5'), 404);
  });

  it('answers HEAD with the GET headers and no body', async () => {
    for (const path of ['/sandbox/books', '/sandbox/books/1']) {
      const get = await rawRequest(sandbox.port, { path });
      const head = await rawRequest(sandbox.port, { method: 'HEAD', path });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-length']).toBe(String(get.body.length));
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.headers.etag).toBe(get.headers.etag);
    }
  });

  it('answers OPTIONS with 204 and Allow', async () => {
    const collection = await call('OPTIONS', '/sandbox/books');
    expect(collection.status).toBe(204);
    expect(collection.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    const item = await call('OPTIONS', '/sandbox/books/1');
    expect(item.status).toBe(204);
    expect(item.headers.get('allow')).toBe('GET, HEAD, PUT, PATCH, DELETE, OPTIONS');
  });

  it('answers an unsupported method with 405 and Allow', async () => {
    const onCollection = await call('DELETE', '/sandbox/books');
    await expectProblem(onCollection, 405);
    expect(onCollection.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    const onItem = await call('POST', '/sandbox/books/1', { headers: JSON_TYPE, body: '{}' });
    await expectProblem(onItem, 405);
    expect(onItem.headers.get('allow')).toContain('PATCH');
    await expectProblem(await call('PROPFIND', '/sandbox/books/1'), 405);
    await expectProblem(await call('GET', '/sandbox/books/1/extra'), 404);
  });
});

describe('reset', () => {
  it('POST /sandbox/reset restores the seed data after changes', async () => {
    const seed = await (await call('GET', '/sandbox/books')).json();
    await call('DELETE', '/sandbox/books/1');
    await call('POST', '/sandbox/books', { headers: JSON_TYPE, body: '{"title":"New","author":"Me"}' });
    expect(await (await call('GET', '/sandbox/books')).json()).not.toEqual(seed);
    const reset = await call('POST', '/sandbox/reset');
    expect(reset.status).toBe(200);
    expect(await (await call('GET', '/sandbox/books')).json()).toEqual(seed);
    const created = (await (await call('POST', '/sandbox/books', { headers: JSON_TYPE, body: '{"title":"A","author":"B"}' })).json()) as Book;
    expect(created.id).toBe(9);
  });

  it('GET /sandbox/reset is 405 with Allow: POST; resetSandbox() resets too', async () => {
    const wrong = await call('GET', '/sandbox/reset');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    await call('DELETE', '/sandbox/books/1');
    resetSandbox();
    expect((await call('GET', '/sandbox/books/1')).status).toBe(200);
  });

  it('keeps state per handler instance', async () => {
    const other = await startSandboxServer();
    try {
      await call('DELETE', '/sandbox/books/1');
      expect((await fetch(`${other.base}/sandbox/books/1`)).status).toBe(200);
      other.handler.reset();
      expect((await call('GET', '/sandbox/books/1')).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});
