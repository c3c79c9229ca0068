import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRequest } from './executeRequest';
import { relayRequest } from '../testkit/relayCall';

let server: https.Server;
let cert: Buffer;
let origin: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reqlab-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  cert = readFileSync(join(dir, 'cert.pem'));
  server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_req, res) => res.end('secure hello'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

describe('relay over TLS', () => {
  it('refuses an untrusted (self-signed) certificate with a TLS error', async () => {
    const { head } = await executeRequest(relayRequest({ url: `${origin}/` }));
    expect(head.error?.code).toBe('TLS');
    expect(head.error?.message).toMatch(/certificate/i);
    expect(head.error?.detail).toMatch(/SELF_SIGNED|self-signed/i);
  });

  it('measures the TLS phase when the certificate is trusted', async () => {
    const { head, body, trailer } = await executeRequest(relayRequest({ url: `https://localhost:${new URL(origin).port}/` }), { tls: { ca: cert } });
    expect(head.error).toBeUndefined();
    expect(Buffer.from(body!).toString()).toBe('secure hello');
    expect(trailer.timing.tls).toBeGreaterThan(0);
    expect(trailer.timing.dns).toBeGreaterThanOrEqual(0);
    expect(trailer.timing.connect).toBeGreaterThanOrEqual(0);
  });
});
