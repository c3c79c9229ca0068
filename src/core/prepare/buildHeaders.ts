import type { KeyValue, PreparedHeader } from '../model';
import { PrepareError } from './PrepareError';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Enabled user rows, resolved, with names and values checked (HTTP would refuse them later anyway). */
export function userHeaders(rows: KeyValue[], resolve: (text: string) => string): PreparedHeader[] {
  const out: PreparedHeader[] = [];
  rows.forEach((row, index) => {
    if (!row.enabled || row.key.trim() === '') return;
    const name = resolve(row.key).trim();
    if (!TOKEN.test(name)) {
      throw new PrepareError(
        `headers[${index}].key`,
        `The header name "${name}" is not valid: use letters, digits and - _ . ! # $ % & ' * + ^ \` | ~, without spaces or colons.`,
      );
    }
    const value = resolve(row.value);
    if (/[\r\n\0]/.test(value)) {
      throw new PrepareError(`headers[${index}].value`, `The value of "${name}" contains a line break, which a header cannot carry.`);
    }
    out.push({ name, value: value.trim(), source: 'user' });
  });
  return out;
}

export function hasHeader(headers: PreparedHeader[], name: string): boolean {
  const lower = name.toLowerCase();
  return headers.some((h) => h.name.toLowerCase() === lower);
}
