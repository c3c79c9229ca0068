/** A Reqlab server alone in its process, so that the upload bench can read its RSS from /proc; it prints its event-loop delay when stopped. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer } from '../../src/server/startServer';

const server = await startServer({ port: 0, host: '127.0.0.1', distDir: null });
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
process.stdout.write(`${JSON.stringify({ port: server.port, token: server.token })}\n`);
process.on('SIGTERM', () => {
  process.stderr.write(`  upload server: event loop delay max ${(delay.max / 1e6).toFixed(1)} ms p99 ${(delay.percentile(99) / 1e6).toFixed(1)}\n`);
  void server.close().then(() => process.exit(0));
});
