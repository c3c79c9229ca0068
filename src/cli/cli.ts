import { USAGE, parseCliArgs } from './args';
import { convert } from './commands/convert';
import { run } from './commands/run';
import { snippet } from './commands/snippet';
import type { Io } from './io';
import { UsageError } from './UsageError';

/** The whole CLI as a function: argv in, exit code out (tests call it in-process). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'convert') return await convert(args, io);
    if (args.command === 'snippet') return await snippet(args, io);
    return await run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`reqlab: ${e.message}\n${e.message.startsWith('no command') || e.message.startsWith('unknown') ? USAGE + '\n' : ''}`);
      return 2;
    }
    // A message, not a stack trace: the stack is for whoever debugs Reqlab (REQLAB_DEBUG=1).
    const detail = process.env.REQLAB_DEBUG ? ((e as Error).stack ?? String(e)) : ((e as Error).message ?? String(e));
    io.err(`reqlab: something went wrong inside Reqlab: ${detail}\n`);
    return 1;
  }
}
