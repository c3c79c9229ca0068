import { z } from 'zod';
import type { RelayRequest } from '../../core/relay/protocol';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const relayRequestSchema = z.object({
  method: z.string().regex(TOKEN, 'must be an HTTP method token such as GET or PROPFIND'),
  url: z
    .string()
    .refine((u) => URL.canParse(u), 'must be an absolute URL')
    .refine((u) => !URL.canParse(u) || /^https?:$/.test(new URL(u).protocol), 'must start with http:// or https://'),
  headers: z.array(z.tuple([z.string().min(1), z.string()])).default([]),
  bodySize: z.number().int().min(0).optional(),
  timeoutMs: z.number().int().min(0).default(0),
  followRedirects: z.boolean().default(true),
  maxRedirects: z.number().int().min(0).max(1000).default(10),
  digest: z.object({ username: z.string(), password: z.string() }).optional(),
  ntlm: z.object({ username: z.string(), password: z.string(), domain: z.string(), workstation: z.string() }).optional(),
  cookies: z
    .array(z.looseObject({ key: z.string(), value: z.string(), domain: z.string().min(1), path: z.string().min(1) }))
    .max(10_000, 'holds more than 10,000 cookies')
    .optional(),
});

/** Parses the relay call's head; the error names the offending field (`headers.2.0`). */
export function parseRelayRequest(text: string): { ok: true; value: RelayRequest } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `The relay call's head is not valid JSON: ${(err as Error).message}` };
  }
  const parsed = relayRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? issue.path.join('.') : '(body)';
    return { ok: false, message: `The relay call is malformed at ${path}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, value: parsed.data };
}
