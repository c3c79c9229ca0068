import { readJsonBody, checkJsonContentType } from './jsonBody.ts';
import { mergePatch } from './mergePatch.ts';
import { etagOf, tagListMatches, type BookStore } from './store.ts';
import { validateBook, type FieldError } from './validate.ts';
import type { Book } from './seed';
import { sendEmpty, sendJson, sendProblem, type Req, type Res } from '../respond.ts';
import { queryParam, type Target } from '../url.ts';

const COLLECTION_ALLOW = 'GET, HEAD, POST, OPTIONS';
const ITEM_ALLOW = 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS';
const JSON_TYPES = ['application/json'];
const PATCH_TYPES = ['application/merge-patch+json', 'application/json'];
const VALIDATION_TYPE = 'urn:reqlab:sandbox:problem:validation';

/** `/sandbox/books` and `/sandbox/books/<id>`. */
export async function handleBooks(req: Req, res: Res, target: Target, store: BookStore, base: string): Promise<void> {
  const [, idSegment, ...extra] = target.segments;
  if (extra.length > 0) return notFound(res, target.path);
  if (idSegment === undefined) return handleCollection(req, res, target, store, base);
  const id = /^\d{1,9}$/.test(idSegment) ? Number(idSegment) : NaN;
  return handleItem(req, res, target, store, id);
}

async function handleCollection(req: Req, res: Res, target: Target, store: BookStore, base: string): Promise<void> {
  switch (req.method) {
    case 'GET':
    case 'HEAD':
      if (notAcceptable(req, res)) return;
      return listBooks(res, target, store, base);
    case 'POST':
      return createBook(req, res, store, base);
    case 'OPTIONS':
      return sendEmpty(res, 204, { Allow: COLLECTION_ALLOW });
    default:
      return methodNotAllowed(req, res, COLLECTION_ALLOW);
  }
}

/** Whether an Accept header allows JSON (absent allows anything; `q=0` refuses a range). */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) return false;
    return type === '*/*' || type === 'application/*' || type === 'application/json';
  });
}

/** 406 when the client accepts no JSON: the sandbox's books speak only JSON. */
function notAcceptable(req: Req, res: Res): boolean {
  if (acceptsJson(req.headers.accept)) return false;
  req.resume();
  sendProblem(res, 406, { detail: `Accept was "${req.headers.accept}", but books are only available as application/json.` }, { Vary: 'Accept' });
  return true;
}

function listBooks(res: Res, target: Target, store: BookStore, base: string): void {
  const errors: FieldError[] = [];
  const page = positiveInt(queryParam(target.rawQuery, 'page'), 1, 'page', errors);
  const limit = positiveInt(queryParam(target.rawQuery, 'limit'), 10, 'limit', errors);
  if (limit > 100) errors.push({ pointer: '?limit', detail: '"limit" is at most 100.' });
  if (errors.length > 0) {
    return sendProblem(res, 400, { title: 'Bad query parameter', detail: errors.map((e) => e.detail).join(' '), errors });
  }
  const q = queryParam(target.rawQuery, 'q')?.trim() || undefined;
  const matching = store.list(q);
  const items = matching.slice((page - 1) * limit, page * limit);
  const headers: Record<string, string> = { 'X-Total-Count': String(matching.length) };
  const links = pageLinks(`${base}/books`, page, limit, matching.length, q);
  if (links) headers.Link = links;
  sendJson(res, 200, { items, page, limit, total: matching.length }, headers);
}

async function createBook(req: Req, res: Res, store: BookStore, base: string): Promise<void> {
  if (!checkJsonContentType(req, res, JSON_TYPES, { 'Accept-Post': 'application/json' })) return;
  const body = await readJsonBody(req, res);
  if (!body.ok) return;
  const checked = validateBook(body.value);
  if ('errors' in checked) return sendInvalid(res, checked.errors);
  const twin = checked.book.isbn === undefined ? undefined : store.list(undefined).find((book) => book.isbn === checked.book.isbn);
  if (twin) {
    return sendProblem(
      res,
      409,
      { title: 'Duplicate ISBN', detail: `Book ${twin.id} already has ISBN ${twin.isbn}; change that book instead (PUT or PATCH ${base}/books/${twin.id}).` },
      { Location: `${base}/books/${twin.id}` },
    );
  }
  const book = store.create(checked.book);
  sendJson(res, 201, book, { Location: `${base}/books/${book.id}`, ETag: etagOf(book) });
}

async function handleItem(req: Req, res: Res, target: Target, store: BookStore, id: number): Promise<void> {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') return sendEmpty(res, 204, { Allow: ITEM_ALLOW });
  if (!ITEM_ALLOW.split(', ').includes(method)) return methodNotAllowed(req, res, ITEM_ALLOW);
  const book = store.get(id);
  if (!book) {
    req.resume();
    return notFound(res, target.path);
  }
  if (method === 'GET' || method === 'HEAD') return notAcceptable(req, res) ? undefined : getBook(req, res, book);
  if (method === 'DELETE') {
    if (!preconditionHolds(req, res, book)) return;
    store.delete(id);
    return sendEmpty(res, 204);
  }
  const types = method === 'PATCH' ? PATCH_TYPES : JSON_TYPES;
  const acceptHeader: Record<string, string> = method === 'PATCH' ? { 'Accept-Patch': PATCH_TYPES.join(', ') } : {};
  if (!checkJsonContentType(req, res, types, acceptHeader)) return;
  if (!preconditionHolds(req, res, book)) return;
  const body = await readJsonBody(req, res);
  if (!body.ok) return;
  const { id: _id, ...current } = book;
  const next = method === 'PATCH' ? mergePatch(current, body.value) : body.value;
  const checked = validateBook(next);
  if ('errors' in checked) return sendInvalid(res, checked.errors);
  const saved = store.replace(id, checked.book);
  sendJson(res, 200, saved, { ETag: etagOf(saved) });
}

function getBook(req: Req, res: Res, book: Book): void {
  const etag = etagOf(book);
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined && tagListMatches(ifNoneMatch, etag, true)) return sendEmpty(res, 304, headers);
  sendJson(res, 200, book, headers);
}

/** If-Match uses the strong comparison (RFC 9110 §13.1.1); on mismatch nothing changes. */
function preconditionHolds(req: Req, res: Res, book: Book): boolean {
  const ifMatch = req.headers['if-match'];
  const etag = etagOf(book);
  if (ifMatch === undefined || tagListMatches(ifMatch, etag, false)) return true;
  req.resume();
  sendProblem(
    res,
    412,
    { detail: `If-Match was ${ifMatch} but the book's current ETag is ${etag}: it changed since you read it.` },
    { ETag: etag },
  );
  return false;
}

function sendInvalid(res: Res, errors: FieldError[]): void {
  sendProblem(res, 422, {
    type: VALIDATION_TYPE,
    title: 'Invalid book',
    detail: errors.map((error) => error.detail).join(' '),
    errors,
  });
}

function methodNotAllowed(req: Req, res: Res, allow: string): void {
  req.resume();
  sendProblem(res, 405, { detail: `${req.method} is not allowed here. Allowed: ${allow}.` }, { Allow: allow });
}

function notFound(res: Res, path: string): void {
  sendProblem(res, 404, { detail: `There is no book at ${path}.` });
}

function positiveInt(raw: string | undefined, fallback: number, name: string, errors: FieldError[]): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) {
    errors.push({ pointer: `?${name}`, detail: `"${name}" must be a whole number from 1, got "${raw}".` });
    return fallback;
  }
  return Number(raw);
}

function pageLinks(path: string, page: number, limit: number, total: number, q: string | undefined): string | undefined {
  const url = (p: number) => {
    const params = new URLSearchParams({ page: String(p), limit: String(limit) });
    if (q) params.set('q', q);
    return `<${path}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${url(page - 1)}; rel="prev"`);
  if (page * limit < total) links.push(`${url(page + 1)}; rel="next"`);
  return links.length > 0 ? links.join(', ') : undefined;
}
