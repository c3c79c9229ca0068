import { describe, expect, it } from 'vitest';
import { buildHistoryRecords } from './historyRecord';
import { maskSecrets } from './maskSecrets';
import { newRequest, type PreparedRequest, type ResponseRecord } from '../model';
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from '../encoding';
import { variable } from './testing/fixtures';
import { historyEntrySchema } from './recordSchemas';

const prepared = (over: Partial<PreparedRequest> = {}): PreparedRequest => ({
  method: 'GET',
  url: 'https://api.test/x?key=tok%2F123',
  headers: [
    { name: 'Authorization', value: `Basic ${bytesToBase64(utf8Encode('ann:pass-word'))}`, source: 'auth' },
    { name: 'X-Token', value: 'tok/123', source: 'user' },
  ],
  body: utf8Encode('{"token":"tok/123"}'),
  bodyDescription: { mode: 'raw', text: '' },
  timeoutMs: 0,
  followRedirects: true,
  maxRedirects: 10,
  unresolved: [],
  ...over,
});

const response = (size: number): ResponseRecord => ({
  sender: 'browser',
  url: 'https://api.test/x',
  status: 200,
  statusText: 'OK',
  httpVersion: '1.1',
  headers: [],
  body: new Uint8Array(size).fill(65),
  bodySize: size,
  truncated: false,
  timing: { startedAt: 0, total: 33 },
  redirects: [],
});

const secrets = [variable('token', 'tok/123', true), variable('pw', 'pass-word', true), variable('host', 'api.test')];

describe('history records', () => {
  it('masks secrets back to placeholders everywhere, Basic auth included', () => {
    const { entry } = buildHistoryRecords({ id: 'h', createdAt: 1, request: newRequest(), prepared: prepared(), variables: secrets });
    const text = JSON.stringify(entry.prepared);
    expect(text).not.toContain('tok/123');
    expect(text).not.toContain('tok%2F123');
    expect(entry.prepared.url).toBe('https://api.test/x?key={{token}}');
    expect(entry.prepared.bodyText).toBe('{"token":"{{token}}"}');
    const basic = entry.prepared.headers[0]!.value.replace('Basic ', '');
    expect(utf8Decode(base64ToBytes(basic))).toBe('ann:{{pw}}');
    // Non-secret values stay.
    expect(entry.prepared.url).toContain('api.test');
  });

  it('keeps the scripts\' tests, console and failures with secrets masked, and reads them back', () => {
    const scripts = {
      tests: [
        { name: 'Status is 200', passed: true, script: 'Request test' },
        { name: 'Token is kept', passed: false, error: "expected 'tok/123' to equal 'x'", script: 'Request test' },
      ],
      console: [{ level: 'log' as const, text: 'token tok/123', script: 'Collection test' }],
      failures: [{ script: 'Request test', kind: 'error' as const, message: 'tok/123 is not defined' }],
    };
    const { entry } = buildHistoryRecords({ id: 'h', createdAt: 1, request: newRequest(), prepared: prepared(), variables: secrets, scripts });
    expect(entry.scripts?.tests.map((t) => t.passed)).toEqual([true, false]);
    expect(entry.scripts?.tests[1]?.error).toBe("expected '{{token}}' to equal 'x'");
    expect(entry.scripts?.console[0]?.text).toBe('token {{token}}');
    expect(entry.scripts?.failures[0]?.message).toBe('{{token}} is not defined');
    expect(JSON.stringify(entry.scripts)).not.toContain('tok/123');
    // The exchange's own report is left as it is (the open tab still shows what happened).
    expect(scripts.console[0]?.text).toBe('token tok/123');
    const read = historyEntrySchema.safeParse(JSON.parse(JSON.stringify(entry)));
    expect(read.success).toBe(true);
    const broken = historyEntrySchema.safeParse({ ...JSON.parse(JSON.stringify(entry)), scripts: { tests: [{ name: 1 }], console: [], failures: [] } });
    expect(broken.success).toBe(false);
  });

  it('keeps the body up to the cap and marks a longer one as cut with its full size', () => {
    const small = buildHistoryRecords({ id: 'a', createdAt: 1, request: newRequest(), prepared: prepared(), variables: [], response: response(10), bodyCap: 16 });
    expect(small.body).toMatchObject({ cut: false, fullSize: 10 });
    expect(small.entry.response?.bodyCut).toBe(false);
    const big = buildHistoryRecords({ id: 'b', createdAt: 1, request: newRequest(), prepared: prepared(), variables: [], response: response(40), bodyCap: 16 });
    expect(big.body?.bytes.length).toBe(16);
    expect(big.body).toMatchObject({ cut: true, fullSize: 40 });
    expect(big.entry.response?.bodyCut).toBe(true);
    expect('body' in (big.entry.response ?? {})).toBe(false);
    expect(big.head).toMatchObject({ status: 200, durationMs: 33, responseSize: 40, method: 'GET' });
  });

  it('records a failed exchange with its error code', () => {
    const r = buildHistoryRecords({
      id: 'e',
      createdAt: 1,
      request: newRequest(),
      prepared: prepared({ body: null }),
      variables: [],
      error: { code: 'REFUSED', message: 'Connection refused' },
    });
    expect(r.head.errorCode).toBe('REFUSED');
    expect(r.body).toBeUndefined();
  });

  it('masks a secret by its current value (the one sent) as well as its initial one', () => {
    const stored = { method: 'GET', url: 'https://a.test/?now=cur-secret&was=init-secret', headers: [], bodySize: 0 };
    const token = { ...variable('t', 'init-secret', true), currentValue: 'cur-secret' };
    expect(maskSecrets(stored, [token]).url).toBe('https://a.test/?now={{t}}&was={{t}}');
  });

  it('does not mask very short secrets', () => {
    const stored = { method: 'GET', url: 'https://a.test/?q=ab', headers: [], bodySize: 0 };
    expect(maskSecrets(stored, [variable('x', 'ab', true)]).url).toBe('https://a.test/?q=ab');
  });
});

describe('an OAuth 2.0 access token in history', () => {
  it('is masked like a secret variable, in the header or the query, though no variable holds it', async () => {
    const { prepareRequest } = await import('../prepare');
    const { memoryTokenStore, oauth2TokenKey } = await import('../auth/oauth2');
    for (const where of ['header', 'query'] as const) {
      const auth = {
        type: 'oauth2' as const, grant: 'client_credentials' as const, authUrl: '', tokenUrl: 'https://auth.test/token', clientId: 'app', clientSecret: 's', clientAuth: 'basic' as const,
        scope: '', redirectUri: '', pkce: true, username: '', password: '', in: where,
      };
      const store = memoryTokenStore();
      await store.put(oauth2TokenKey(auth), { accessToken: 'sbx-at-SECRET-TOKEN', tokenType: 'bearer', grant: 'client_credentials', obtainedAt: 0 });
      const sent = await prepareRequest({ ...newRequest(), url: 'https://api.test/r', auth }, { scopes: { globals: [], collection: [], environment: [] }, oauth2Tokens: store });
      expect(JSON.stringify(sent.headers) + sent.url).toContain('sbx-at-SECRET-TOKEN');
      const { entry } = buildHistoryRecords({ id: 'h', createdAt: 1, request: newRequest(), prepared: sent, variables: [] });
      expect(JSON.stringify(entry)).not.toContain('SECRET-TOKEN');
      if (where === 'header') expect(entry.prepared.headers.find((h) => h.name === 'Authorization')?.value).toBe('Bearer {{OAuth 2.0 access token}}');
      else expect(entry.prepared.url).toBe('https://api.test/r?access_token={{OAuth 2.0 access token}}');
    }
  });
});
