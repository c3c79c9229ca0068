import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import http from 'node:http';
import { createType1Message, createType3Message, parseType2Message } from '@node-ntlm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequest, type NtlmAuth } from '../core/model';
import { exportCurl } from '../core/interop/curl/exportCurl';
import { importCurl } from '../core/interop/curl/importCurl';
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
// Not execFileSync: the sandbox answers in this process, so curl must not block its event loop.
const run = promisify(execFile);
const ntlm = (more: Partial<NtlmAuth> = {}): NtlmAuth => ({ type: 'ntlm', username: SANDBOX_NTLM.username, password: SANDBOX_NTLM.password, domain: '', workstation: '', ...more });

describe('NTLM against the sandbox', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandboxServer();
  });
  afterAll(() => server.close());

  const curl = async (user: string) =>
    JSON.parse((await run('curl', ['-s', '--ntlm', '-u', user, `${server.base}/sandbox/ntlm/whoami`], { encoding: 'utf8' })).stdout) as Record<string, unknown>;

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

  const get = (authorization: string, agent: http.Agent | false = false) =>
    new Promise<{ status: number; challenge: string; body: string }>((resolve, reject) => {
      http.get(`${server.base}/sandbox/ntlm/x`, { agent, headers: { authorization, connection: agent ? 'keep-alive' : 'close' } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, challenge: String(res.headers['www-authenticate'] ?? ''), body }));
      }).on('error', reject);
    });

  it('an answer on another connection than its challenge is refused, as NTLM authenticates a connection', async () => {
    const first = await get(createType1Message({ domain: '', workstation: '' }));
    expect(first.challenge).toMatch(/^NTLM \S+/);
    const answer = createType3Message(parseType2Message(first.challenge), { domain: '', workstation: '', username: 'ada', password: 'lovelace' });
    const second = await get(answer);
    expect(second.status).toBe(401);
    expect(JSON.parse(second.body).detail).toBe('An NTLM answer without a challenge on this connection: the three messages must share one connection (keep-alive).');
  });

  it('an NTLMv1 answer (a 24-byte NT response) on the challenged connection is refused', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await get(createType1Message({ domain: '', workstation: '' }), agent)).status).toBe(401);
      // MS-NLMP §2.2.1.3: the NT response field (length, max length, offset) at byte 20, pointing past the 64-byte head.
      const v1 = Buffer.alloc(64 + 24);
      v1.write('NTLMSSP\0', 0, 'latin1');
      v1.writeUInt32LE(3, 8);
      v1.writeUInt16LE(24, 20);
      v1.writeUInt16LE(24, 22);
      v1.writeUInt32LE(64, 24);
      const second = await get(`NTLM ${v1.toString('base64')}`, agent);
      expect(second.status).toBe(401);
      expect(JSON.parse(second.body).detail).toBe('NTLMv1 answers are refused, as current Windows servers refuse them: answer with NTLMv2.');
    } finally {
      agent.destroy();
    }
  });

  it('“Copy as cURL” gives curl --ntlm, which real curl sends and is let in; curl’s command imports back to NTLM that the relay sends', async () => {
    const prepared = await prepareRequest({ ...newRequest(), url: `${server.base}/sandbox/ntlm/whoami`, auth: ntlm({ domain: 'REQLAB' }) }, { scopes });
    const command = exportCurl(prepared, { multiline: false });
    expect(command).toContain("--ntlm -u 'REQLAB\\ada:lovelace'");
    const { stdout } = await run('sh', ['-c', `${command} -s`], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toMatchObject({ authenticated: true, user: 'ada', domain: 'REQLAB' });

    const item = importCurl(command).collection.items[0]!;
    if (item.kind !== 'request') throw new Error('expected a request');
    expect(item.request.auth).toEqual({ type: 'ntlm', username: 'REQLAB\\ada', password: 'lovelace', domain: '', workstation: '' });
    const back = await prepareRequest(item.request, { scopes });
    const record = await new NodeSender().send(back, new AbortController().signal);
    expect(record.status).toBe(200);
  });
});
