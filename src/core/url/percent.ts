/**
 * Idempotent percent-encoding: what already is a valid `%XX` escape stays as it is, `{{variables}}`
 * stay as they are, and only characters that cannot appear literally are encoded (as UTF-8).
 * So typing `a b` gives `a%20b`, and pasting `a%20b` keeps `a%20b`: encoding happens exactly once.
 */
const UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
// Sub-delims and the gen-delims that are harmless inside a query; `[]` are kept raw as every client does.
const QUERY_COMMON = `${UNRESERVED}!$'()*+,;:@/?[]`;

const QUERY_KEY_SAFE = new Set(QUERY_COMMON);
const QUERY_VALUE_SAFE = new Set(`${QUERY_COMMON}=`);
/** A whole query string: `&` and `=` are structure there. */
const QUERY_SAFE = new Set(`${QUERY_COMMON}=&`);
const PATH_SAFE = new Set(`${UNRESERVED}!$&'()*+,;=:@/`);
const SEGMENT_SAFE = new Set(`${UNRESERVED}!$&'()*+,;=:@`);
const FRAGMENT_SAFE = new Set(`${UNRESERVED}!$&'()*+,;=:@/?#`);

const HEX = /^[0-9A-Fa-f]{2}$/;
const encoder = new TextEncoder();

function percentBytes(text: string): string {
  let out = '';
  for (const b of encoder.encode(text)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/** Length of a `{{name}}` token starting at `i`, or 0. */
export function variableTokenLength(text: string, i: number): number {
  if (text[i] !== '{' || text[i + 1] !== '{') return 0;
  const end = text.indexOf('}}', i + 2);
  if (end < 0) return 0;
  const inner = text.slice(i + 2, end);
  if (inner === '' || /[{}]/.test(inner)) return 0;
  return end + 2 - i;
}

function encodeWith(text: string, safe: Set<string>): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const tokenLength = variableTokenLength(text, i);
    if (tokenLength > 0) {
      out += text.slice(i, i + tokenLength);
      i += tokenLength;
      continue;
    }
    const ch = text[i]!;
    if (ch === '%' && HEX.test(text.slice(i + 1, i + 3))) {
      out += text.slice(i, i + 3);
      i += 3;
      continue;
    }
    if (safe.has(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    out += percentBytes(text.slice(i, i + width));
    i += width;
  }
  return out;
}

export const encodeQueryKey = (text: string) => encodeWith(text, QUERY_KEY_SAFE);
export const encodeQueryValue = (text: string) => encodeWith(text, QUERY_VALUE_SAFE);
export const encodeQueryString = (text: string) => encodeWith(text, QUERY_SAFE);
export const encodePath = (text: string) => encodeWith(text, PATH_SAFE);
/** One path segment: `/` is encoded too (a path variable's value is one segment). */
export const encodePathSegment = (text: string) => encodeWith(text, SEGMENT_SAFE);
export const encodeFragment = (text: string) => encodeWith(text, FRAGMENT_SAFE);

/**
 * Decodes the valid UTF-8 `%XX` runs of a component for display; anything that does not
 * decode (`%zz`, a lone `%FF`) is left as written. `+` is left alone.
 */
export function decodeForDisplay(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
