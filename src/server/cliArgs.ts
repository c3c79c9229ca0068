export interface ServerCliOptions {
  port: number;
  host: string;
  open: boolean;
  build: boolean;
}

export const DEFAULT_PORT = 5178;

/** Parses `--port N`, `--host H`, `--open`, `--no-build` (also `--port=N`); PORT env as fallback. */
export function parseServerArgs(argv: string[], env: Record<string, string | undefined>): ServerCliOptions {
  const opts: ServerCliOptions = { port: DEFAULT_PORT, host: '127.0.0.1', open: false, build: true };
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
    else throw new Error(`Unknown option ${flag}. Options: --port N, --host H, --open, --no-build`);
  }
  return opts;
}

function parsePort(text: string, name: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new Error(`${name} must be a port number from 0 to 65535 (got "${text}")`);
  return n;
}
