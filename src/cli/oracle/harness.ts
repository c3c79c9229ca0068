import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli';

/** Runs the CLI in-process (the same code the bin runs) and captures its output. */
export async function reqlab(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

export interface RunLine {
  name: string;
  request?: { method: string; url: string; headers: [string, string][] };
  status?: number;
  headers?: [string, string][];
  body?: { size: number; text?: string; base64?: string };
  error?: { code: string; message: string };
  tests?: { name: string; passed: boolean; skipped?: boolean; error?: string; script: string }[];
}

export async function reqlabRun(inputPath: string, extra: string[] = []): Promise<{ code: number; lines: RunLine[]; err: string }> {
  const r = await reqlab(['run', inputPath, '--reporter', 'json', ...extra]);
  return { code: r.code, err: r.err, lines: r.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as RunLine) };
}

/** A scratch folder with the files the tests upload. */
export function fixtureDir(): { dir: string; files: Record<string, Buffer> } {
  const dir = mkdtempSync(join(tmpdir(), 'reqlab-oracle-'));
  const files: Record<string, Buffer> = {
    'text.txt': Buffer.from('héllo wörld & more=stuff\nsecond line\r\n'),
    'data.bin': Buffer.from([0, 1, 2, 255, 254, 10, 13, 0x80, 65, 66]),
    'body.json': Buffer.from('{\n  "from": "file",\n  "n": [1, 2, 3]\n}\n'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return { dir, files };
}
