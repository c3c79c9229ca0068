import type { ScriptEvent } from '../model';

/** Whether any level (collection, folders, request) has a script that would run: the engine loads only then. */
export function hasScripts(levels: readonly { events?: readonly ScriptEvent[] | undefined }[]): boolean {
  return levels.some((l) => (l.events ?? []).some((e) => !e.disabled && (e.listen === 'prerequest' || e.listen === 'test') && e.exec.some((line) => line.trim() !== '')));
}
