/**
 * Uploads against a server in its own process: its RSS is sampled from /proc every 5 ms while
 * 60 MB bodies go through the relay (to the sandbox echo) or straight to the echo, and a small
 * sandbox call is timed while eight of them run. The client streams the bodies as the page does
 * (one relay call: head, then the raw bytes), so the figures are the server's alone.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { CALL_CONTENT_TYPE, RELAY_PATH, RELAY_TOKEN_HEADER, decodeFrame, encodeCallHead } from '../../src/core/relay/protocol';

const MB = 1024 * 1024;
const run = promisify(execFile);

interface Child {
  pid: number;
  port: number;
  token: string;
  stop: () => void;
}

async function startChild(): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'e2e/bench/uploadServer.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  const { port, token } = JSON.parse(line) as { port: number; token: string };
  return { pid: child.pid!, port, token, stop: () => child.kill('SIGTERM') };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function post(port: number, path: string, headers: Record<string, string>, parts: Buffer[]): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    // Written in 64 kB pieces with backpressure, as a browser streams a Blob.
    void (async () => {
      for (const part of parts) {
        for (let at = 0; at < part.length; at += 64 * 1024) {
          if (!req.write(part.subarray(at, at + 64 * 1024))) await new Promise((r) => req.once('drain', r));
        }
      }
      req.end();
    })();
  });
}

function viaRelay(child: Child, body: Buffer) {
  const url = `http://127.0.0.1:${child.port}/sandbox/anything`;
  const head = Buffer.from(encodeCallHead({ method: 'POST', url, headers: [['Content-Type', 'application/octet-stream']], bodySize: body.length, timeoutMs: 0, followRedirects: true, maxRedirects: 10 }));
  const headers = { Origin: `http://127.0.0.1:${child.port}`, [RELAY_TOKEN_HEADER]: child.token, 'Content-Type': CALL_CONTENT_TYPE, 'Content-Length': String(head.length + body.length) };
  return post(child.port, RELAY_PATH, headers, [head, body]).then((r) => {
    if (r.status !== 200) return { ok: false, why: `relay ${r.status}: ${r.body.toString().slice(0, 200)}` };
    const frame = decodeFrame(new Uint8Array(r.body));
    if (frame.head.error) return { ok: false, why: frame.head.error.message };
    const echoed = JSON.parse(Buffer.from(frame.body).toString()) as { body: { size: number } };
    return { ok: echoed.body.size === body.length, why: `echoed ${echoed.body.size} bytes` };
  });
}

function direct(child: Child, body: Buffer) {
  return post(child.port, '/sandbox/anything', { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) }, [body]).then((r) => {
    const echoed = JSON.parse(r.body.toString()) as { body: { size: number } };
    return { ok: r.status === 200 && echoed.body.size === body.length, why: `status ${r.status}, echoed ${echoed.body.size}` };
  });
}

/** Timed by curl in its own process: this process is busy pumping the uploads, so its own clock would count that. */
async function smallCallMs(port: number): Promise<number> {
  const { stdout } = await run('curl', ['-s', '-o', '/dev/null', '-w', '%{time_total}', `http://127.0.0.1:${port}/sandbox/status/204`]);
  return Number(stdout) * 1000;
}

export interface UploadFigures {
  route: 'relay' | 'echo';
  singleRiseMb: number;
  concurrentPeakMb: number;
  smallCallMs: number;
  allEchoed: boolean;
}

async function measureRoute(route: 'relay' | 'echo', body: Buffer): Promise<UploadFigures> {
  const child = await startChild();
  try {
    const send = route === 'relay' ? (b: Buffer) => viaRelay(child, b) : (b: Buffer) => direct(child, b);
    await send(Buffer.alloc(2 * MB, 1)); // warm the code paths
    await new Promise((r) => setTimeout(r, 300));
    const base = rssMb(child.pid);
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid))), 5);
    const single = await send(body);
    const singlePeak = peak;
    const runs = Array.from({ length: 8 }, () => send(body));
    await new Promise((r) => setTimeout(r, 150));
    const small = await smallCallMs(child.port);
    const results = await Promise.all(runs);
    clearInterval(sampler);
    const allEchoed = single.ok && results.every((r) => r.ok);
    if (!allEchoed) console.log(`  ${route}: ${[single, ...results].map((r) => r.why).join('; ')}`);
    return { route, singleRiseMb: +(singlePeak - base).toFixed(1), concurrentPeakMb: +peak.toFixed(1), smallCallMs: +small.toFixed(1), allEchoed };
  } finally {
    child.stop();
  }
}

export async function measureUploads(): Promise<UploadFigures[]> {
  const body = Buffer.alloc(60 * MB);
  for (let i = 0; i < body.length; i += 4096) body[i] = i % 251;
  return [await measureRoute('relay', body), await measureRoute('echo', body)];
}
