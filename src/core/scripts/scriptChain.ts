import type { Collection, Folder, RequestModel, ScriptEvent } from '../model';
import type { ScriptEventName, ScriptSource } from '../model/scripts';

const EVENT_TITLE: Record<ScriptEventName, string> = { prerequest: 'Pre-request', test: 'Tests' };

function codeOf(events: readonly ScriptEvent[] | undefined, event: ScriptEventName): string | undefined {
  const code = (events ?? []).filter((e) => e.listen === event && !e.disabled).map((e) => e.exec.join('\n')).join('\n');
  return code.trim() === '' ? undefined : code;
}

/**
 * The scripts of one event in Postman's order (collection, then each folder outermost first, then the
 * request), each labelled by the names a person sees: `My API / users / Create user · Tests`.
 */
export function scriptChain(collection: Pick<Collection, 'name' | 'events'>, folders: readonly Pick<Folder, 'name' | 'events'>[], request: Pick<RequestModel, 'name' | 'events'>, event: ScriptEventName): ScriptSource[] {
  const out: ScriptSource[] = [];
  const names: string[] = [];
  for (const level of [collection, ...folders, request]) {
    names.push(level.name);
    const code = codeOf(level.events, event);
    if (code !== undefined) out.push({ label: `${names.join(' / ')} · ${EVENT_TITLE[event]}`, code });
  }
  return out;
}
