import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestAuthorization, findDigestChallenge } from './digest';
import { startServer, type RunningServer } from '../startServer';
import { startUpstream, type Upstream } from '../testkit/upstream';
import { relay, relayRequest } from '../testkit/relayCall';

const param = (header: string, name: string) => new RegExp(`${name}="?([^",]*)"?`).exec(header)?.[1];

describe('digest response computation (RFC vectors)', () => {
  it('matches RFC 2617 (MD5, qop=auth)', () => {
    const header = digestAuthorization(
      { realm: 'testrealm@host.com', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', qop: 'auth,auth-int', opaque: '5ccc069c403ebaf9f0171e9517f40e41', algorithm: 'MD5' },
      { username: 'Mufasa', password: 'Circle Of Life' },
      'GET',
      '/dir/index.html',
      '0a4f113b',
    );
    expect(param(header, 'response')).toBe('6629fae49393a05397450978507c4ef1');
    expect(param(header, 'opaque')).toBe('5ccc069c403ebaf9f0171e9517f40e41');
    expect(header).toMatch(/qop=auth, nc=00000001/);
  });

  it('matches RFC 7616 (SHA-256 and MD5)', () => {
    const challenge = { realm: 'http-auth@example.org', nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', qop: 'auth, auth-int', opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS' };
    const creds = { username: 'Mufasa', password: 'Circle of Life' };
    const cnonce = 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ';
    const sha = digestAuthorization({ ...challenge, algorithm: 'SHA-256' }, creds, 'GET', '/dir/index.html', cnonce);
    expect(param(sha, 'response')).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1');
    const md5 = digestAuthorization({ ...challenge, algorithm: 'MD5' }, creds, 'GET', '/dir/index.html', cnonce);
    expect(param(md5, 'response')).toBe('8ca523f5e9506fed4657c9700eebdbec');
  });

  it('picks the Digest challenge among several, and skips unknown algorithms', () => {
    expect(findDigestChallenge(['Basic realm="x"', 'Digest realm="r", nonce="n", qop="auth"'])).toMatchObject({ realm: 'r', nonce: 'n' });
    expect(findDigestChallenge(['Digest realm="r", nonce="n", algorithm=SHA-512-256'])).toBeNull();
    expect(findDigestChallenge(['Basic realm="x"'])).toBeNull();
  });
});

describe('digest through the relay', () => {
  let server: RunningServer;
  let upstream: Upstream;
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');
  let attempts = 0;

  beforeAll(async () => {
    // An independent MD5-sess verifier: challenge first, then check the response.
    upstream = await startUpstream({
      '/secret': (req, res) => {
        attempts++;
        const auth = req.headers.authorization ?? '';
        const nonce = 'abc123';
        if (auth.startsWith('Digest ')) {
          const p = (n: string) => param(auth, n) ?? '';
          const ha1 = md5(`${md5(`ada:lab:pw`)}:${nonce}:${p('cnonce')}`);
          const expected = md5(`${ha1}:${nonce}:${p('nc')}:${p('cnonce')}:auth:${md5(`${req.method}:${req.url}`)}`);
          if (p('response') === expected && p('uri') === req.url) {
            res.end('welcome');
            return;
          }
        }
        res.writeHead(401, { 'WWW-Authenticate': `Digest realm="lab", qop="auth", algorithm=MD5-sess, nonce="${nonce}"` });
        res.end('no');
      },
    });
    server = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await upstream.close();
  });

  it('answers an MD5-sess challenge and retries once', async () => {
    attempts = 0;
    const { head, body } = await relay(server, relayRequest({ url: `${upstream.origin}/secret?q=1`, digest: { username: 'ada', password: 'pw' } }));
    expect(head.status).toBe(200);
    expect(Buffer.from(body).toString()).toBe('welcome');
    expect(attempts).toBe(2);
    expect(head.sent!.headers.find(([n]) => n === 'Authorization')?.[1]).toMatch(/^Digest username="ada"/);
  });

  it('gives the 401 back after one failed retry (wrong password)', async () => {
    attempts = 0;
    const { head } = await relay(server, relayRequest({ url: `${upstream.origin}/secret`, digest: { username: 'ada', password: 'nope' } }));
    expect(head.status).toBe(401);
    expect(attempts).toBe(2);
  });

  it('passes the sandbox /sandbox/digest-auth route (MD5 and SHA-256)', async () => {
    for (const algorithm of ['MD5', 'SHA-256']) {
      const url = `http://127.0.0.1:${server.port}/sandbox/digest-auth/ada/s3cret?algorithm=${algorithm}`;
      const bare = await relay(server, relayRequest({ url }));
      expect(bare.head.status).toBe(401);
      const { head } = await relay(server, relayRequest({ url, digest: { username: 'ada', password: 's3cret' } }));
      expect(head.status, algorithm).toBe(200);
    }
  });
});
