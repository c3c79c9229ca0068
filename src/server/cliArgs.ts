import type { RelayLimits } from './relay/limits.ts';

export interface ServerCliOptions {
  port: number;
  host: string;
  open: boolean;
  build: boolean;
  /** Only the limits given on the command line; the rest keep their defaults. */
  limits: Partial<RelayLimits>;
}

export const DEFAULT_PORT = 5178;
const MB = 1024 * 1024;
const USAGE = 'Options: --port N, --host H, --open, --no-build, --max-request-mb N, --max-response-mb N, --max-time-s N';

/**
 * Parses `--port N`, `--host H`, `--open`, `--no-build` and the relay limits `--max-request-mb N`,
 * `--max-response-mb N`, `--max-time-s N` (also `--flag=N`); PORT env as fallback.
 */
export function parseServerArgs(argv: string[], env: Record<string, string | undefined>): ServerCliOptions {
  const opts: ServerCliOptions = { port: DEFAULT_PORT, host: '127.0.0.1', open: false, build: true, limits: {} };
  if (env.PORT) opts.port = parsePort(env.PORT, 'PORT');
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port' || flag === '-p') opts.port = parsePort(value(), '--port');
    else if (flag === '--host') opts.host = value();
    else if (flag === '--open') opts.open = true;
    else if (flag === '--no-build') opts.build = false;
    else if (flag === '--max-request-mb') opts.limits.maxRequestBodyBytes = positive(value(), flag) * MB;
    else if (flag === '--max-response-mb') opts.limits.maxResponseBodyBytes = positive(value(), flag) * MB;
    else if (flag === '--max-time-s') opts.limits.maxTotalMs = positive(value(), flag) * 1000;
    else throw new Error(`Unknown option ${flag}. ${USAGE}`);
  }
  return opts;
}

function parsePort(text: string, name: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new Error(`${name} must be a port number from 0 to 65535 (got "${text}")`);
  return n;
}

function positive(text: string, name: string): number {
  const n = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(n > 0)) throw new Error(`${name} must be a positive number (got "${text}")`);
  return n;
}
