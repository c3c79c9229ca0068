import { z } from 'zod';
import type { StoredCookie } from '../model';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// RFC 6265 cookie-octets, plus a value wrapped in double quotes.
const COOKIE_VALUE = /^("?)[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*\1$/;

const iso = z.string().refine((s) => s === 'Infinity' || !Number.isNaN(Date.parse(s)), 'must be a date');

/** A jar record as stored, imported from a backup, or typed into the cookie manager. */
export const storedCookieSchema = z.looseObject({
  key: z.string().regex(TOKEN, 'must be a token: letters, digits and !#$%&\'*+.^_`|~- only'),
  value: z.string().regex(COOKIE_VALUE, 'may not hold spaces, commas, semicolons, backslashes or double quotes inside'),
  domain: z
    .string()
    .min(1, 'is required')
    .transform((d) => d.replace(/^\./, '').toLowerCase())
    .refine((d) => /^[a-z0-9.:[\]-]+$/.test(d), 'must be a host name such as api.example.com'),
  path: z.string().startsWith('/', 'must start with /'),
  expires: iso.optional(),
  maxAge: z.union([z.number(), z.literal('Infinity'), z.literal('-Infinity')]).optional(),
  secure: z.boolean().optional(),
  httpOnly: z.boolean().optional(),
  sameSite: z.string().optional(),
  hostOnly: z.boolean().optional(),
  pathIsDefault: z.boolean().optional(),
  creation: iso.optional(),
  lastAccessed: iso.optional(),
});

export function parseStoredCookie(raw: unknown): StoredCookie | null {
  const parsed = storedCookieSchema.safeParse(raw);
  return parsed.success ? (parsed.data as StoredCookie) : null;
}

/** The first problem with a cookie typed into the manager, in words naming the field; null when it is fine. */
export function cookieProblem(raw: unknown): string | null {
  const parsed = storedCookieSchema.safeParse(raw);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = { key: 'Name', value: 'Value', domain: 'Domain', path: 'Path', expires: 'Expires' }[String(issue.path[0])] ?? String(issue.path[0]);
  return `${field} ${issue.message}.`;
}
