const encoder = new TextEncoder();

/**
 * application/x-www-form-urlencoded exactly as browsers' URLSearchParams serialize it
 * (WHATWG URL §5.2): UTF-8, space → `+`, `*-._` and alphanumerics kept, all else `%XX` upper-case.
 * Python's urlencode agrees except on two characters: it escapes `*` (%2A) and keeps `~`.
 */
export function formUrlEncodeComponent(text: string): string {
  let out = '';
  for (const b of encoder.encode(text)) {
    if (
      (b >= 0x30 && b <= 0x39) ||
      (b >= 0x41 && b <= 0x5a) ||
      (b >= 0x61 && b <= 0x7a) ||
      b === 0x2a ||
      b === 0x2d ||
      b === 0x2e ||
      b === 0x5f
    ) {
      out += String.fromCharCode(b);
    } else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function formUrlEncode(fields: readonly (readonly [string, string])[]): string {
  return fields.map(([k, v]) => `${formUrlEncodeComponent(k)}=${formUrlEncodeComponent(v)}`).join('&');
}
