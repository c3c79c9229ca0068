import { generateSnippet } from '../../core/interop/codegen/generateSnippet';
import { SNIPPET_TARGETS, isSnippetTarget } from '../../core/interop/codegen/targets';
import { prepareAll } from '../../core/interop/prepareAll';
import type { CliArgs } from '../args';
import type { Io } from '../io';
import { fileAccess, guardedFileResolver, guardedReadFile } from '../fileAccess';
import { loadInput } from '../loadInput';
import { UsageError } from '../UsageError';

export async function snippet(args: CliArgs, io: Io): Promise<number> {
  const lang = args.lang ?? 'python';
  if (!isSnippetTarget(lang)) throw new UsageError(`--lang must be one of: ${SNIPPET_TARGETS.map((t) => t.id).join(', ')}`);
  const access = fileAccess({ input: args.input, allowWorkingFolder: false, allow: args.allowFileRead });
  const input = loadInput(args.input, args.env, guardedReadFile(access, io.err));
  const items = await prepareAll(input.collection, {
    ...(input.environment ? { environment: input.environment } : {}),
    globals: input.globals,
    fileResolver: guardedFileResolver(access),
    secrets: args.includeSecrets ? 'resolve' : 'placeholder',
  });
  let failed = 0;
  const comment = ['python', 'curl', 'httpie', 'powershell', 'ruby'].includes(lang) ? '#' : '//';
  for (const item of items) {
    if (item.error) {
      failed++;
      io.err(`${item.path} "${item.request.name}": ${item.error.message}\n`);
      continue;
    }
    io.out(`${comment} ${item.request.name}\n${await generateSnippet(item.prepared, lang)}\n`);
  }
  return failed ? 1 : 0;
}
