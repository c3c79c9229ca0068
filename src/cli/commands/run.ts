import { CookieJar } from 'tough-cookie';
import { bytesText } from '../../core/interop/bytesText';
import { prepareAll } from '../../core/interop/prepareAll';
import type { PreparedRequest, ResponseRecord } from '../../core/model';
import { NodeSender } from '../../server/relay/NodeSender';
import { SendError, type Sender } from '../../transport/sender';
import type { CliArgs } from '../args';
import type { Io } from '../io';
import { fileAccess, guardedFileResolver, guardedReadFile } from '../fileAccess';
import { loadInput } from '../loadInput';
import { UsageError } from '../UsageError';

function bodyJson(bytes: Uint8Array | null, size = bytes?.length ?? 0): Record<string, unknown> {
  if (!bytes) return { size: 0 };
  const t = bytesText(bytes);
  return t.base64 ? { size, base64: t.text } : { size, text: t.text };
}

function sentJson(p: PreparedRequest): Record<string, unknown> {
  return { method: p.method, url: p.url, headers: p.headers.map((h) => [h.name, h.value]), body: bodyJson(p.body) };
}

function responseLine(name: string, p: PreparedRequest, r: ResponseRecord): string {
  return JSON.stringify({ name, request: sentJson(p), status: r.status, statusText: r.statusText, headers: r.headers, body: bodyJson(r.body, r.bodySize) });
}

/** `reqlab run`: sends every request in file order through the relay's Node executor, with one cookie jar for the run. */
export async function run(args: CliArgs, io: Io, sender: Sender = new NodeSender({ jar: new CookieJar() })): Promise<number> {
  const reporter = args.reporter ?? 'cli';
  if (!['cli', 'json'].includes(reporter)) throw new UsageError('--reporter must be json (or left out)');
  const access = fileAccess({ input: args.input, allowWorkingFolder: true, allow: args.allowFileRead });
  const input = loadInput(args.input, args.env, guardedReadFile(access, io.err));
  const items = await prepareAll(input.collection, {
    ...(input.environment ? { environment: input.environment } : {}),
    globals: input.globals,
    fileResolver: guardedFileResolver(access),
  });
  let failed = 0;
  for (const item of items) {
    const name = item.request.name;
    if (item.error) {
      failed++;
      if (reporter === 'json') io.out(JSON.stringify({ name, error: { code: 'PREPARE', message: item.error.message, path: item.path } }) + '\n');
      io.err(`${item.path} "${name}": ${item.error.message}\n`);
      continue;
    }
    const p = item.prepared;
    try {
      const response = await sender.send(p, AbortSignal.timeout(p.timeoutMs > 0 ? p.timeoutMs + 5_000 : 300_000));
      if (reporter === 'json') io.out(responseLine(name, p, response) + '\n');
      else io.out(`${p.method} ${p.url}\n  ${response.status} ${response.statusText}  ${response.bodySize} B  ${Math.round(response.timing.total)} ms  (${name})\n`);
    } catch (e) {
      failed++;
      const error = e instanceof SendError ? e.error : { code: 'UNKNOWN', message: (e as Error).message };
      if (reporter === 'json') io.out(JSON.stringify({ name, request: sentJson(p), error }) + '\n');
      io.err(`${p.method} ${p.url}: ${error.message}\n`);
    }
  }
  return failed ? 1 : 0;
}
