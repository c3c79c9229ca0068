import type { SetCookieParseResult, SameSite } from '../../../../core/model';

/**
 * A minimal Set-Cookie reader (RFC 6265 §5.2), used until core/http's parseSetCookie exists.
 * Unknown attributes are ignored, as browsers do.
 */
export function parseCookie(line: string): SetCookieParseResult {
  const [pair = '', ...attrs] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq < 0) return { ok: false, reason: 'no name=value pair' };
  const name = pair.slice(0, eq).trim();
  if (!name) return { ok: false, reason: 'empty cookie name' };
  const cookie = {
    name,
    value: pair.slice(eq + 1).trim(),
    secure: false,
    httpOnly: false,
    partitioned: false,
    warnings: [] as string[],
  } as Extract<SetCookieParseResult, { ok: true }>['cookie'];
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
    const value = i < 0 ? '' : attr.slice(i + 1).trim();
    if (key === 'domain') cookie.domain = value.replace(/^\./, '').toLowerCase();
    else if (key === 'path') cookie.path = value;
    else if (key === 'expires') {
      cookie.expires = value;
      const t = Date.parse(value);
      if (!Number.isNaN(t)) cookie.expiresAt = t;
    } else if (key === 'max-age') cookie.maxAge = Number(value);
    else if (key === 'secure') cookie.secure = true;
    else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'partitioned') cookie.partitioned = true;
    else if (key === 'samesite') {
      const v = value.toLowerCase();
      cookie.sameSite = (v === 'strict' ? 'Strict' : v === 'none' ? 'None' : 'Lax') as SameSite;
    }
  }
  if (cookie.sameSite === 'None' && !cookie.secure) cookie.warnings.push('SameSite=None without Secure is rejected by browsers.');
  return { ok: true, cookie };
}
