import type { KeyValue } from '../../model';
import { newKeyValue } from '../../model';
import type { PmKeyValue } from './schema';

/** Headers come as [{key, value, disabled}] or, in older exports, as "Key: value\n…" text. */
export function importHeaders(h: PmKeyValue[] | string | null | undefined): KeyValue[] {
  if (!h) return [];
  if (typeof h === 'string') {
    return h
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const disabled = line.trimStart().startsWith('//');
        const text = disabled ? line.trimStart().slice(2) : line;
        const colon = text.indexOf(':');
        return colon >= 0
          ? newKeyValue(text.slice(0, colon).trim(), text.slice(colon + 1).trim(), !disabled)
          : newKeyValue(text.trim(), '', !disabled);
      });
  }
  return h.map((kv) => {
    const row = newKeyValue(kv.key, kv.value, kv.disabled !== true);
    if (kv.description) row.description = kv.description;
    return row;
  });
}
