import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxTour } from '../../../core/learn/sandboxTour';
import type { CollectionItem, RequestModel } from '../../../core/model';
import { prepareRequest } from '../../../core/prepare';
import { NodeSender } from '../../relay/NodeSender';
import { ROUTES } from '../router';
import { startSandboxServer, type SandboxServer } from '../testServer';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

const requests = (items: CollectionItem[]): RequestModel[] => items.flatMap((item) => (item.kind === 'request' ? [item.request] : requests(item.items)));

describe('the Sandbox tour collection', () => {
  const tour = sandboxTour('http://127.0.0.1:1');
  const all = requests(tour.items);

  it('has a described request for every sandbox route', () => {
    const firstSegment = (path: string) => /^(?:[A-Z]+ )?\/sandbox\/([a-z-]+)/.exec(path)?.[1];
    const covered = new Set(all.map((r) => firstSegment(r.url.replace('{{crossOrigin}}', ''))));
    const routes = ROUTES.map(firstSegment).filter((s): s is string => s !== undefined && s !== 'lab');
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
    expect(all.every((r) => (r.description ?? '').length > 10)).toBe(true);
  });

  it('every request of it gets a real answer from the sandbox (no 404, no 5xx)', async () => {
    const local = sandboxTour(sandbox.base);
    for (const request of requests(local.items)) {
      const prepared = await prepareRequest(request, {
        scopes: { globals: [], collection: [local.variables], environment: [] },
        pageOrigin: sandbox.base,
      });
      const response = await new NodeSender().send({ ...prepared, timeoutMs: 10_000 }, AbortSignal.timeout(15_000));
      expect([request.name, response.status >= 200 && response.status < 500 && response.status !== 404]).toEqual([request.name, true]);
    }
  });
});
