import { describe, expect, it } from 'vitest';
import type { ResponseRecord } from '../model';
import { defaultExampleName, exampleFromResponse, exampleResponse, MAX_EXAMPLE_BYTES } from './examples';

const response = (body: Uint8Array, extra: Partial<ResponseRecord> = {}): ResponseRecord => ({
  sender: 'relay',
  url: 'http://x/a',
  status: 201,
  statusText: 'Created',
  httpVersion: '1.1',
  headers: [['Content-Type', 'application/json'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']],
  body,
  bodySize: body.length,
  truncated: false,
  timing: { startedAt: 1, total: 5 },
  redirects: [],
  ...extra,
});

describe('saved examples', () => {
  it('a response saved as an example shows again as the same status, headers (repeats kept) and body', () => {
    const text = '{"name":"Ünïcode ✓"}';
    const saved = exampleFromResponse(response(new TextEncoder().encode(text)), 'Made', 'e1');
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.example).toEqual({ id: 'e1', name: 'Made', status: 201, statusText: 'Created', headers: response(new Uint8Array()).headers, body: text });
    const shown = exampleResponse(saved.example, 'http://x/a');
    expect([shown.status, shown.statusText, shown.headers, new TextDecoder().decode(shown.body), shown.bodySize]).toEqual([201, 'Created', saved.example.headers, text, new TextEncoder().encode(text).length]);
  });

  it('refuses, saying why, a body cut at the cap, one that is not text, and one too big', () => {
    const cut = exampleFromResponse(response(new Uint8Array(10), { bodySize: 100, truncated: true }), 'x', 'e');
    expect(cut).toEqual({ ok: false, reason: expect.stringContaining('cut at 10 of 100 bytes') as string });
    const binary = exampleFromResponse(response(new Uint8Array([0xff, 0xfe, 0x00, 0x80])), 'x', 'e');
    expect(binary).toEqual({ ok: false, reason: expect.stringContaining('not text') as string });
    const big = exampleFromResponse(response(new Uint8Array(MAX_EXAMPLE_BYTES + 1)), 'x', 'e');
    expect(big).toEqual({ ok: false, reason: expect.stringContaining('at most') as string });
  });

  it('an imported example without a status shows as status 0, and the default name is the status line', () => {
    expect(exampleResponse({ id: 'e', name: 'n', headers: [], body: '' }, 'u').status).toBe(0);
    expect(defaultExampleName({ status: 404, statusText: 'Not Found' })).toBe('404 Not Found');
    expect(defaultExampleName({ status: 200, statusText: '' })).toBe('200');
  });
});
