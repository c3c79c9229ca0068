import type { RelayLimits } from './relay/limits.ts';

export interface ServerCliOptions {
  port: number;
  host: string;
  open: boolean;
  build: boolean;
  /** Listening beyond loopback was asked for explicitly (`--allow-remote`). */
  allowRemote: boolean;
  /** Logged-in remote clients may reach loopback and private addresses through the relay. */
  allowRemotePrivateTargets: boolean;
  /** Only the limits given on the command line; the rest keep their defaults. */
  limits: Partial<RelayLimits>;
}

export const DEFAULT_PORT = 5178;
const MB = 1024 * 1024;
const USAGE = 'Options: --port N, --host H (with --allow-remote for a non-loopback address), --open, --no-build, --max-request-mb N, --max-response-mb N, --max-time-s N';

/**
 * Parses `--port N`, `--host H`, `--open`, `--no-build` and the relay limits `--max-request-mb N`,
 * `--max-response-mb N`, `--max-time-s N` (also `--flag=N`); PORT env as fallback.
 */
export function parseServerArgs(argv: string[], env: Record<string, string | undefined>): ServerCliOptions {
  const opts: ServerCliOptions = { port: DEFAULT_PORT, host: '127.0.0.1', open: false, build: true, allowRemote: false, allowRemotePrivateTargets: false, limits: {} };
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
    else if (flag === '--allow-remote') opts.allowRemote = true;
    else if (flag === '--allow-remote-private-targets') opts.allowRemotePrivateTargets = true;
    else if (flag === '--no-build') opts.build = false;
    else if (flag === '--max-request-mb') opts.limits.maxRequestBodyBytes = positive(value(), flag) * MB;
    else if (flag === '--max-response-mb') opts.limits.maxResponseBodyBytes = positive(value(), flag) * MB;
    else if (flag === '--max-time-s') opts.limits.maxTotalMs = positive(value(), flag) * 1000;
    else throw new Error(`Unknown option ${flag}. ${USAGE}`);
  }
  if (!isLoopbackHost(opts.host) && !opts.allowRemote) {
    throw new Error(
      `--host ${opts.host} would let other machines use this relay to reach your machine and your network. ` +
        'Add --allow-remote if that is what you want; leave --host out to stay on loopback.',
    );
  }
  return opts;
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** What `npm start` prints when it listens beyond loopback. */
export function remoteWarning(host: string, port: number): string {
  return [
    `WARNING: Reqlab listens on ${host}:${port}, not only on this machine.`,
    '  Anyone who can reach that address gets the app and its relay, and through the relay can send',
    '  requests from this machine: to its loopback services and to your private network.',
    '  Other machines must first open the one-time login link below (it sets a session cookie);',
    '  their relay calls may not reach loopback, link-local or private addresses',
    '  unless --allow-remote-private-targets is given.',
  ].join('\n');
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
