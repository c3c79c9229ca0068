import type { LabResource, MethodInfo } from '../model';

/** The columns of the method matrix: what a method promises, each one something a demo can show. */
export const MATRIX_PROPERTIES = ['safe', 'idempotent', 'cacheable', 'requestBody', 'responseBody'] as const;
export type MatrixProperty = (typeof MATRIX_PROPERTIES)[number];

export const PROPERTY_LABELS: Record<MatrixProperty, string> = {
  safe: 'Safe',
  idempotent: 'Idempotent',
  cacheable: 'Cacheable',
  requestBody: 'Request body',
  responseBody: 'Response body',
};

/** The matrix's rows: the methods the sandbox's books answer. */
export const MATRIX_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface DemoRequest {
  method: string;
  /** Inside the demo lab: `/books/2`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface DemoOutcome {
  request: DemoRequest;
  /** Absent when the client refused to send it (a GET with a body in fetch). */
  status?: number;
  error?: string;
  headers: Record<string, string>;
  bodyBytes: number;
  /** For `/anything`: the body size the server says it received. */
  receivedBodyBytes?: number;
  before: LabResource[];
  after: LabResource[];
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const BOOK = JSON.stringify({ title: 'Kindred', author: 'Octavia E. Butler', year: 1979 });

/** A request of this method that does what the method is for, on the books. */
function typicalRequest(method: string): DemoRequest {
  switch (method) {
    case 'POST':
      return { method, path: '/books', headers: JSON_HEADERS, body: BOOK };
    case 'PUT':
      return { method, path: '/books/2', headers: JSON_HEADERS, body: BOOK };
    case 'PATCH':
      return { method, path: '/books/2', headers: { 'Content-Type': 'application/merge-patch+json' }, body: '{"year": 2000}' };
    case 'OPTIONS':
      return { method, path: '/books' };
    default:
      return { method, path: '/books/2' };
  }
}

/** The requests a "show me" sends, in order, against a freshly reset lab. */
export function demoRequests(method: string, property: MatrixProperty): DemoRequest[] {
  if (property === 'idempotent') return [typicalRequest(method), typicalRequest(method)];
  if (property === 'requestBody') return [{ method, path: '/anything', headers: { 'Content-Type': 'text/plain' }, body: 'a body of 18 bytes' }];
  return [typicalRequest(method)];
}

const same = (a: LabResource[], b: LabResource[]) => JSON.stringify(a) === JSON.stringify(b);

function change(before: LabResource[], after: LabResource[]): string {
  const beforeById = new Map(before.map((b) => [b.id, b]));
  const afterIds = new Set(after.map((b) => b.id));
  const added = after.filter((b) => !beforeById.has(b.id)).map((b) => b.id);
  const removed = before.filter((b) => !afterIds.has(b.id)).map((b) => b.id);
  const changed = after.filter((b) => {
    const old = beforeById.get(b.id);
    return old && JSON.stringify(old) !== JSON.stringify(b);
  });
  const parts = [
    ...(added.length ? [`book ${added.join(', ')} added`] : []),
    ...(removed.length ? [`book ${removed.join(', ')} deleted`] : []),
    ...(changed.length ? [`book ${changed.map((b) => b.id).join(', ')} changed`] : []),
  ];
  return parts.join(', ') || 'nothing changed';
}

const line = (o: DemoOutcome) => `${o.request.method} ${o.request.path} → ${o.status ?? 'not sent'}`;

/** What the demonstration showed, in a sentence or two, judged from what really happened. */
export function demoVerdict(info: MethodInfo, property: MatrixProperty, outcomes: DemoOutcome[]): string {
  const [first, second] = outcomes;
  if (!first) return 'Nothing was sent.';
  const m = info.method;
  switch (property) {
    case 'safe':
      return same(first.before, first.after)
        ? `${line(first)}: the books did not change. ${m} is ${info.safe ? 'safe' : 'not safe, though this request happened to change nothing'}.`
        : `${line(first)}: ${change(first.before, first.after)}. ${m} is not safe: it is meant to change the server.`;
    case 'idempotent': {
      if (!second) return 'The second request was not sent.';
      const again = same(second.before, second.after);
      return again
        ? `Sent twice: the first ${line(first)} (${change(first.before, first.after)}), the second ${line(second)} left the books as they were. The effect of two is the effect of one: ${m} is idempotent${info.idempotent ? '' : ' here, though the method does not promise it'}.`
        : `Sent twice: each one changed the books (${change(first.before, first.after)}; then ${change(second.before, second.after)}). ${m} is not idempotent: a retry can do it twice.`;
    }
    case 'cacheable': {
      const cc = first.headers['cache-control'];
      const etag = first.headers.etag;
      const seen = [cc ? `Cache-Control: ${cc}` : 'no Cache-Control', etag ? `ETag: ${etag}` : 'no ETag'].join(', ');
      const rule =
        info.cacheable === 'yes'
          ? `A cache may store ${m} answers; this one says ${seen}${cc?.includes('no-cache') ? ', so a cache must ask again (If-None-Match) before reusing it' : ''}.`
          : info.cacheable === 'conditional'
            ? `A cache stores a ${m} answer only when it says explicitly that it is fresh; this one has ${seen}, so none will.`
            : `No cache stores ${m} answers; this one has ${seen}.`;
      return `${line(first)}. ${rule}`;
    }
    case 'requestBody':
      if (first.error) return `The browser refused to send it: ${first.error} A body on ${m} has no defined meaning, and fetch won't send one.`;
      return `${line(first)}: the server received ${first.receivedBodyBytes ?? 0} bytes of body. ${info.requestBody === 'meaningful' ? `For ${m} the body is the point.` : `The server got it, but a body on ${m} has no defined meaning: don't rely on it.`}`;
    case 'responseBody': {
      const length = first.headers['content-length'];
      return `${line(first)}: ${first.bodyBytes} bytes of body came back${length !== undefined && Number(length) !== first.bodyBytes ? ` although Content-Length says ${length}: a ${m} answer describes a body it never sends` : ''}.`;
    }
  }
}
