import { exportCurl } from '../../core/interop/curl/exportCurl';
import { exportHar } from '../../core/interop/har/exportHar';
import { exportPostmanCollection } from '../../core/interop/postman/exportCollection';
import { prepareAll } from '../../core/interop/prepareAll';
import type { CliArgs } from '../args';
import { fileAccess, guardedFileResolver, guardedReadFile } from '../fileAccess';
import { loadInput } from '../loadInput';
import { UsageError } from '../UsageError';
import type { Io } from '../io';

/** `reqlab convert`: exit 0, or 1 when some request could not be prepared (the rest are written). */
export async function convert(args: CliArgs, io: Io): Promise<number> {
  if (!args.to || !['har', 'postman', 'curl'].includes(args.to)) throw new UsageError('--to must be har, postman or curl');
  const access = fileAccess({ input: args.input, allowWorkingFolder: false, allow: args.allowFileRead });
  const input = loadInput(args.input, args.env, guardedReadFile(access, io.err));
  if (args.to === 'postman') {
    io.out(JSON.stringify(exportPostmanCollection(input.collection, { includeSecrets: args.includeSecrets }), null, 2) + '\n');
    return 0;
  }
  const items = await prepareAll(input.collection, {
    ...(input.environment ? { environment: input.environment } : {}),
    globals: input.globals,
    fileResolver: guardedFileResolver(access),
    // HAR is "as sent": secrets resolved. Copy-as-cURL keeps them out unless asked.
    secrets: args.to === 'har' || args.includeSecrets ? 'resolve' : 'placeholder',
  });
  let failed = 0;
  for (const item of items) {
    if (item.error) {
      failed++;
      io.err(`${item.path} "${item.request.name}": ${item.error.message}\n`);
    }
  }
  const prepared = items.flatMap((i) => (i.prepared ? [i.prepared] : []));
  if (args.to === 'har') io.out(JSON.stringify(exportHar(prepared, new Date()), null, 2) + '\n');
  else {
    for (const item of items) if (item.prepared) io.out(`# ${item.request.name}\n${exportCurl(item.prepared)}\n\n`);
  }
  return failed ? 1 : 0;
}
