import type { ScriptEvent } from '../model';
import type { ScriptEventName, ScriptSource } from '../model/scripts';

const EVENT_TITLE: Record<ScriptEventName, string> = { prerequest: 'Pre-request', test: 'Tests' };

function codeOf(events: readonly ScriptEvent[] | undefined, event: ScriptEventName): string | undefined {
  const code = (events ?? []).filter((e) => e.listen === event && !e.disabled).map((e) => e.exec.join('\n')).join('\n');
  return code.trim() === '' ? undefined : code;
}

/** A collection, folder or request, as far as its scripts go. */
export interface ScriptLevel {
  name: string;
  events?: readonly ScriptEvent[];
}

/**
 * The scripts of one event in Postman's order (collection, then each folder outermost first, then the
 * request: the order of `levels`), each labelled by the names a person sees: `My API / users / Create user · Tests`.
 */
export function scriptChain(levels: readonly ScriptLevel[], event: ScriptEventName): ScriptSource[] {
  const out: ScriptSource[] = [];
  const names: string[] = [];
  for (const level of levels) {
    names.push(level.name);
    const code = codeOf(level.events, event);
    if (code !== undefined) out.push({ label: `${names.join(' / ')} · ${EVENT_TITLE[event]}`, code });
  }
  return out;
}
