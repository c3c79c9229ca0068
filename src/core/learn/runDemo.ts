import type { LabResource } from '../model';
import { demoRequests, type DemoOutcome, type MatrixProperty } from './demonstrations';

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

async function books(fetchFn: Fetch, lab: string): Promise<LabResource[]> {
  return ((await (await fetchFn(`${lab}/state`, { cache: 'no-store' })).json()) as { books: LabResource[] }).books;
}

/**
 * Runs a matrix demonstration against a lab it resets first, reading the books before and after
 * each request. The fetch is passed in: the page's own in the app, Node's in tests.
 */
export async function runDemo(fetchFn: Fetch, lab: string, method: string, property: MatrixProperty): Promise<DemoOutcome[]> {
  await fetchFn(`${lab}/reset`, { method: 'POST' });
  const outcomes: DemoOutcome[] = [];
  for (const request of demoRequests(method, property)) {
    const before = await books(fetchFn, lab);
    let outcome: DemoOutcome;
    try {
      const response = await fetchFn(`${lab}${request.path}`, { method: request.method, headers: request.headers, body: request.body, cache: 'no-store' });
      const body = new Uint8Array(await response.arrayBuffer());
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      let receivedBodyBytes: number | undefined;
      if (request.path === '/anything' && body.byteLength > 0) {
        receivedBodyBytes = (JSON.parse(new TextDecoder().decode(body)) as { body?: { size?: number } }).body?.size;
      }
      outcome = { request, status: response.status, headers, bodyBytes: body.byteLength, ...(receivedBodyBytes !== undefined ? { receivedBodyBytes } : {}), before, after: before };
    } catch (error) {
      outcome = { request, error: error instanceof Error ? error.message : String(error), headers: {}, bodyBytes: 0, before, after: before };
    }
    outcome.after = await books(fetchFn, lab);
    outcomes.push(outcome);
  }
  return outcomes;
}
