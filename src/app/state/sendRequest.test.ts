import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRequest, type PreparedRequest, type ResponseRecord } from '../../core/model';
import type { Sender } from '../../transport';

const fake = vi.hoisted(() => ({ sends: [] as { prepared: unknown; signal: AbortSignal }[], mode: 'ok' as 'ok' | 'hang' }));

vi.mock('../../transport', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../transport')>();
  const sender: Sender = {
    id: 'browser',
    label: 'fake',
    capabilities: {} as Sender['capabilities'],
    send: (prepared: PreparedRequest, signal: AbortSignal) => {
      fake.sends.push({ prepared, signal });
      if (fake.mode === 'hang') {
        return new Promise<ResponseRecord>((_, reject) =>
          signal.addEventListener('abort', () => reject(new real.SendError({ code: 'ABORTED', message: 'aborted' }))),
        );
      }
      return Promise.resolve({
        sender: 'browser', url: prepared.url, status: 201, statusText: 'Created', httpVersion: 'HTTP/1.1',
        headers: [], body: new Uint8Array(), bodySize: 0, truncated: false, timing: { startedAt: 0, total: 1 }, redirects: [],
      });
    },
  };
  return { ...real, loadSender: async () => sender, resolveSenderId: () => 'browser' as const };
});

const { tabsStore } = await import('./tabsStore');
const { sendTab, cancelTab, SENDING_SHOWN_AFTER_MS } = await import('./sendRequest');
const { onExchangeComplete } = await import('./exchangeEvents');
const { setPrepareContextProvider } = await import('./prepareContext');

let tabId = '';
beforeEach(() => {
  fake.sends.length = 0;
  fake.mode = 'ok';
  tabId = tabsStore.openTab(newRequest({ method: 'POST', url: 'http://127.0.0.1:1/things/{{id}}' }));
});
afterEach(() => tabsStore.closeTab(tabId));

describe('sendTab', () => {
  it('asks before sending unresolved variables, then sends when confirmed', async () => {
    await sendTab(tabId);
    expect(fake.sends).toHaveLength(0);
    expect(tabsStore.getTab(tabId)?.confirmUnresolved).toEqual(['id']);
    expect(tabsStore.getTab(tabId)?.exchange.status).toBe('idle');

    const seen: string[] = [];
    const off = onExchangeComplete((e) => seen.push(`${e.exchange.status} ${e.exchange.response?.status}`));
    await sendTab(tabId, { force: true });
    off();
    expect(fake.sends).toHaveLength(1);
    expect(tabsStore.getTab(tabId)?.confirmUnresolved).toBeUndefined();
    expect(tabsStore.getTab(tabId)?.exchange.status).toBe('done');
    expect(seen).toEqual(['done 201']);
  });

  it('asks before a GET, HEAD or DELETE carries a body, keeping a "send anyway" given before', async () => {
    const body = { mode: 'json' as const, raw: '{"left": "over"}', urlencoded: [], multipart: [], graphql: { query: '', variables: '' } };
    tabsStore.updateRequest(tabId, (r) => ({ ...r, method: 'GET', body }));
    await sendTab(tabId, { force: true });
    expect(fake.sends).toHaveLength(0);
    expect(tabsStore.getTab(tabId)?.confirmBody).toEqual({ method: 'GET', bytes: 16, force: true });
    expect(tabsStore.getTab(tabId)?.exchange.status).toBe('idle');
    await sendTab(tabId, { force: true, withBody: true });
    expect(fake.sends).toHaveLength(1);
    expect(tabsStore.getTab(tabId)?.confirmBody).toBeUndefined();
    // POST is what a body is for: no question.
    tabsStore.updateRequest(tabId, (r) => ({ ...r, method: 'POST' }));
    await sendTab(tabId, { force: true });
    expect(fake.sends).toHaveLength(2);
  });

  it('resolves variables from the plugged-in context', async () => {
    const off = setPrepareContextProvider(() => ({
      scopes: { globals: [], collection: [], environment: [{ id: 'v', key: 'id', value: '42', enabled: true, secret: false }] },
    }));
    await sendTab(tabId);
    off();
    expect((fake.sends[0]!.prepared as PreparedRequest).url).toBe('http://127.0.0.1:1/things/42');
  });

  it('cancel aborts the sender and leaves an ABORTED error', async () => {
    fake.mode = 'hang';
    let completions = 0;
    const off = onExchangeComplete(() => completions++);
    const running = sendTab(tabId, { force: true });
    await vi.waitFor(() => expect(fake.sends).toHaveLength(1));
    expect(tabsStore.getTab(tabId)?.exchange.status).toBe('sending');
    cancelTab(tabId);
    await running;
    expect(fake.sends[0]!.signal.aborted).toBe(true);
    expect(tabsStore.getTab(tabId)?.exchange.error?.code).toBe('ABORTED');
    expect(tabsStore.getTab(tabId)?.exchange.error?.message).toMatch(/cancel/i);
    off();
    expect(completions).toBe(1);
  });

  it('goes from the last answer straight to the next when the answer comes quickly, never showing the sending state', async () => {
    await sendTab(tabId, { force: true });
    const first = tabsStore.getTab(tabId)!.exchange;
    expect(first.status).toBe('done');
    const seen: string[] = [];
    const off = tabsStore.subscribe(() => seen.push(tabsStore.getTab(tabId)?.exchange.status ?? 'gone'));
    await sendTab(tabId, { force: true });
    off();
    expect(seen).toEqual(['done']);
    expect(tabsStore.getTab(tabId)!.exchange.id).not.toBe(first.id);
    // The timer of the finished send shows nothing later.
    await new Promise((r) => setTimeout(r, SENDING_SHOWN_AFTER_MS + 20));
    expect(tabsStore.getTab(tabId)!.exchange.status).toBe('done');
  });

  it('shows the sending state of a send that has run SENDING_SHOWN_AFTER_MS, with what was prepared', async () => {
    fake.mode = 'hang';
    const running = sendTab(tabId, { force: true });
    await vi.waitFor(() => expect(fake.sends).toHaveLength(1), { interval: 1 });
    expect(tabsStore.getTab(tabId)?.exchange.status).toBe('idle');
    await new Promise((r) => setTimeout(r, SENDING_SHOWN_AFTER_MS + 20));
    const shown = tabsStore.getTab(tabId)!.exchange;
    expect(shown.status).toBe('sending');
    expect(shown.prepared?.url).toBe('http://127.0.0.1:1/things/{{id}}');
    cancelTab(tabId);
    await running;
    expect(tabsStore.getTab(tabId)?.exchange.error?.code).toBe('ABORTED');
  });

  it('reports a request that cannot be prepared as an error, not a crash', async () => {
    tabsStore.updateRequest(tabId, (r) => ({ ...r, method: 'BAD METHOD' }));
    await sendTab(tabId, { force: true });
    expect(fake.sends).toHaveLength(0);
    expect(tabsStore.getTab(tabId)?.exchange.error?.code).toBe('INVALID_REQUEST');
  });
});
