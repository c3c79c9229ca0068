import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import http from 'node:http';
import { createType1Message, createType3Message, parseType2Message } from '@node-ntlm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequest, type NtlmAuth } from '../core/model';
import { prepareRequest } from '../core/prepare';
import { NodeSender } from './relay/NodeSender';
import { SANDBOX_NTLM } from './sandbox/ntlm';
import { startSandboxServer, type SandboxServer } from './sandbox/testServer';

/**
 * NTLM: the sandbox's server is checked with curl's own NTLMv2 client (`curl --ntlm`), then Reqlab's
 * relay does the handshake against it. (Python's requests-ntlm can't be the oracle here: Debian's
 * OpenSSL 3 has no MD4, which it needs.)
 */
const scopes = { globals: [], collection: [], environment: [] };
const ntlm = (more: Partial<NtlmAuth> = {}): NtlmAuth => ({ type: 'ntlm', username: SANDBOX_NTLM.username, password: SANDBOX_NTLM.password, domain: '', workstation: '', ...more });

describe('NTLM against the sandbox', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandboxServer();
  });
  afterAll(() => server.close());

  // Not execFileSync: the sandbox answers in this process, so curl must not block its event loop.
  const curl = async (user: string) =>
    JSON.parse((await promisify(execFile)('curl', ['-s', '--ntlm', '-u', user, `${server.base}/sandbox/ntlm/whoami`], { encoding: 'utf8' })).stdout) as Record<string, unknown>;

  it('curl’s NTLMv2 client is let in with the password, and refused with another', async () => {
    expect(await curl('REQLAB\\ada:lovelace')).toMatchObject({ authenticated: true, message: 'NTLM: signed in with NTLMv2', user: 'ada', domain: 'REQLAB' });
    expect(await curl('ada:lovelace')).toMatchObject({ authenticated: true, domain: '' });
    expect(await curl('REQLAB\\ada:wrong')).toMatchObject({ authenticated: false, detail: 'The NTLMv2 answer for “REQLAB\\ada” does not match: another user or password.' });
  });

  const send = async (auth: NtlmAuth | { type: 'none' }) => {
    const prepared = await prepareRequest({ ...newRequest(), url: `${server.base}/sandbox/ntlm/whoami`, auth }, { scopes });
    const record = await new NodeSender().send(prepared, new AbortController().signal);
    return { status: record.status, json: JSON.parse(new TextDecoder().decode(record.body)) as Record<string, unknown> };
  };

  it('the relay does the three-message handshake on one connection; a wrong password and no auth get the server’s reason', async () => {
    expect(await send(ntlm())).toMatchObject({ status: 200, json: { message: 'NTLM: signed in with NTLMv2', user: 'ada' } });
    expect(await send(ntlm({ username: 'REQLAB\\ada' }))).toMatchObject({ status: 200, json: { domain: 'REQLAB', user: 'ada' } });
    expect(await send(ntlm({ password: 'guess' }))).toMatchObject({ status: 401, json: { detail: 'The NTLMv2 answer for “\\ada” does not match: another user or password.' } });
    const none = await send({ type: 'none' });
    expect(none.status).toBe(401);
    expect(none.json.detail).toMatch(/^No NTLM message/);
  });

  it('an answer on another connection than its challenge is refused, as NTLM authenticates a connection', async () => {
    const get = (authorization: string) =>
      new Promise<{ status: number; challenge: string; body: string }>((resolve, reject) => {
        http.get(`${server.base}/sandbox/ntlm/x`, { agent: false, headers: { authorization } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, challenge: String(res.headers['www-authenticate'] ?? ''), body }));
        }).on('error', reject);
      });
    const first = await get(createType1Message({ domain: '', workstation: '' }));
    expect(first.challenge).toMatch(/^NTLM \S+/);
    const answer = createType3Message(parseType2Message(first.challenge), { domain: '', workstation: '', username: 'ada', password: 'lovelace' });
    const second = await get(answer);
    expect(second.status).toBe(401);
    expect(JSON.parse(second.body).detail).toBe('An NTLM answer without a challenge on this connection: the three messages must share one connection (keep-alive).');
  });
});
