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
  /** newman's run options, by newman's names. */
  envVar: string[];
  globalVar: string[];
  iterationData?: string;
  iterationCount?: string;
  delayRequest?: string;
  timeoutScript?: string;
  exportEnvironment?: string;
  bail: boolean;
}

export const USAGE = `Usage:
  reqlab convert <file|-> --to har|postman|curl [--env FILE] [--include-secrets]
  reqlab snippet <file|-> --lang <target> [--env FILE] [--include-secrets]
  reqlab run <file|-> [-e|--env FILE] [-r|--reporter cli|json|junit] [--env-var KEY=VALUE]...
      [--global-var KEY=VALUE]... [-d|--iteration-data FILE] [-n|--iteration-count N] [--bail]
      [--delay-request MS] [--timeout-script MS] [--export-environment FILE]
    Runs pre-request and test scripts as newman does; exits 1 when a test, script or request fails.
Files a collection names are read only from its own folder (and the working folder for run);
--allow-file-read PATH (repeatable) allows another.
Input: a Postman collection, OpenAPI/Swagger (JSON or YAML), HAR or a cURL command; "-" reads stdin.`;

const VALUE_FLAGS = new Set(['--to', '--lang', '--env', '--reporter', '--iteration-data', '--iteration-count', '--delay-request', '--timeout-script', '--export-environment']);
const REPEATED = { '--env-var': 'envVar', '--global-var': 'globalVar', '--allow-file-read': 'allowFileRead' } as const;
/** newman's short and long spellings of the same options. */
const ALIASES: Record<string, string> = { '-e': '--env', '--environment': '--env', '-r': '--reporter', '--reporters': '--reporter', '-d': '--iteration-data', '-n': '--iteration-count' };
const camel = (flag: string) => flag.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function parseCliArgs(argv: string[]): CliArgs {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  let includeSecrets = false;
  let bail = false;
  const repeated = { envVar: [] as string[], globalVar: [] as string[], allowFileRead: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const written = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const flag = ALIASES[written] ?? written;
    const value = () => {
      const v = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${written} needs a value`);
      return v;
    };
    if (VALUE_FLAGS.has(flag)) values[camel(flag)] = value();
    else if (flag in REPEATED) repeated[REPEATED[flag as keyof typeof REPEATED]].push(value());
    else if (a === '--include-secrets') includeSecrets = true;
    else if (a === '--bail') bail = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  const [command, input, ...extra] = positional;
  if (!command) throw new UsageError('no command given');
  if (!['convert', 'snippet', 'run'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (input === undefined) throw new UsageError(`${command} needs an input file (or - for stdin)`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return { command, input, includeSecrets, bail, ...repeated, ...values };
}
