import { runCli } from './cli';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
// Let stdout drain before exiting (large HAR output through a pipe).
process.stdout.write('', () => process.exit(code));
