import type { ScriptEvent } from '../model';
import type { ScriptEventName } from '../model/scripts';

/** The code of one event, as the script editor shows it. */
export function eventCode(events: readonly ScriptEvent[] | undefined, listen: ScriptEventName): string {
  return (events ?? []).filter((e) => e.listen === listen).map((e) => e.exec.join('\n')).join('\n');
}

/**
 * The events with one event's code replaced (other events, and their order, kept). Empty code
 * removes the event; an edit keeps a `disabled` flag as it was.
 */
export function withEventCode(events: readonly ScriptEvent[] | undefined, listen: ScriptEventName, code: string): ScriptEvent[] {
  const list = [...(events ?? [])];
  const at = list.findIndex((e) => e.listen === listen);
  const rest = list.filter((e, i) => e.listen !== listen || i === at);
  if (code === '') return rest.filter((e) => e.listen !== listen);
  const next: ScriptEvent = { ...(at >= 0 ? list[at] : {}), listen, exec: code.split('\n') };
  if (at < 0) return [...rest, next];
  return rest.map((e) => (e.listen === listen ? next : e));
}
