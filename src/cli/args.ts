import { UsageError } from './UsageError';

export interface CliArgs {
  command: string;
  input: string;
  to?: string;
  lang?: string;
  env?: string;
  reporter?: string;
  includeSecrets: boolean;
  /** Folders or files a collection may read besides its own folder (`--allow-file-read`, repeatable). */
  allowFileRead: string[];
}

export const USAGE = `Usage:
  reqlab convert <file|-> --to har|postman|curl [--env FILE] [--include-secrets]
  reqlab snippet <file|-> --lang <target> [--env FILE] [--include-secrets]
  reqlab run <file|-> [--env FILE] [--reporter json]
Files a collection names are read only from its own folder (and the working folder for run);
--allow-file-read PATH (repeatable) allows another.
Input: a Postman collection, OpenAPI/Swagger (JSON or YAML), HAR or a cURL command; "-" reads stdin.`;

const VALUE_FLAGS = new Set(['--to', '--lang', '--env', '--reporter']);

export function parseCliArgs(argv: string[]): CliArgs {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  let includeSecrets = false;
  const allowFileRead: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_FLAGS.has(flag)) {
      const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      values[flag.slice(2)] = value;
    } else if (flag === '--allow-file-read') {
      const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a path`);
      allowFileRead.push(value);
    } else if (a === '--include-secrets') includeSecrets = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  const [command, input, ...extra] = positional;
  if (!command) throw new UsageError('no command given');
  if (!['convert', 'snippet', 'run'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (input === undefined) throw new UsageError(`${command} needs an input file (or - for stdin)`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return { command, input, includeSecrets, allowFileRead, ...values };
}
