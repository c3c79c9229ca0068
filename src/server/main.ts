import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './buildIfStale';
import { networkInterfaces } from 'node:os';
import { isLoopbackHost, parseServerArgs, remoteWarning } from './cliArgs';
import { openBrowser } from './openBrowser';
import { DEFAULT_DIST_DIR, startServer } from './startServer';

export { startServer, type StartServerOptions, type RunningServer } from './startServer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = DEFAULT_DIST_DIR;

/** The addresses other machines may use: the listen address, or each interface's for a wildcard. */
function reachableAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host.includes(':') ? `[${host}]` : host];
  const all = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return all.filter((i) => !i.internal && (i.family === 'IPv4' || host === '::')).map((i) => (i.family === 'IPv6' ? `[${i.address}]` : i.address));
}

async function main(): Promise<void> {
  let opts;
  try {
    opts = parseServerArgs(process.argv.slice(2), process.env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  if (opts.build) await buildIfStale(ROOT, DIST, (line) => console.log(line));
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('dist/index.html is missing: run `npm run build` or start without --no-build.');
    process.exit(1);
  }
  const remote = !isLoopbackHost(opts.host);
  const running = await startServer({
    port: opts.port,
    host: opts.host,
    distDir: DIST,
    limits: opts.limits,
    ...(remote ? { remote: { allowPrivateTargets: opts.allowRemotePrivateTargets } } : {}),
  });
  if (remote) {
    console.warn(remoteWarning(opts.host, running.port));
    const login = running.remote?.loginPath();
    for (const address of reachableAddresses(opts.host)) console.warn(`  Login link (works once): http://${address}:${running.port}${login}`);
  }
  console.log(`Reqlab running at ${running.url}${isLoopbackHost(opts.host) ? '' : ` (and at http://<this machine's address>:${running.port}/ from other machines)`}`);
  if (opts.open) openBrowser(running.url);
  const stop = () => {
    running.close().then(() => process.exit(0));
    // Do not hang on a stuck connection.
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
