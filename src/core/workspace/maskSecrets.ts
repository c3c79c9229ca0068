import type { StoredPreparedRequest, Variable } from '../model';
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from '../encoding';

/** Secrets shorter than this are not masked: replacing "a" everywhere would garble the record. */
const MIN_SECRET_LENGTH = 3;

interface Replacement {
  value: string;
  placeholder: string;
}

function replacementsFor(secrets: readonly Variable[]): Replacement[] {
  const out: Replacement[] = [];
  for (const v of secrets) {
    if (!v.secret || !v.enabled) continue;
    const placeholder = `{{${v.key}}}`;
    // The current value is the one sent; the initial one may still appear (typed by hand, or sent before).
    for (const value of new Set([v.currentValue ?? v.value, v.value])) {
      if (value.length < MIN_SECRET_LENGTH) continue;
      out.push({ value, placeholder });
      const encoded = encodeURIComponent(value);
      if (encoded !== value) out.push({ value: encoded, placeholder });
    }
  }
  // Longest first, so a secret containing another is replaced whole.
  return out.sort((a, b) => b.value.length - a.value.length);
}

function mask(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const r of replacements) if (out.includes(r.value)) out = out.split(r.value).join(r.placeholder);
  return out;
}

function maskHeaderValue(name: string, value: string, replacements: readonly Replacement[]): string {
  const basic = /^basic\s+(\S+)$/i.exec(value);
  if (name.toLowerCase() === 'authorization' && basic) {
    try {
      const decoded = utf8Decode(base64ToBytes(basic[1] as string));
      const masked = mask(decoded, replacements);
      if (masked !== decoded) return `Basic ${bytesToBase64(utf8Encode(masked))}`;
    } catch {
      // Not base64 after all: fall through to plain masking.
    }
  }
  return mask(value, replacements);
}

/**
 * Replaces secret values in a prepared request with their {{placeholder}}, so history never keeps
 * a secret in clear. Basic credentials are decoded, masked and re-encoded.
 */
export function maskSecrets(request: StoredPreparedRequest, secrets: readonly Variable[]): StoredPreparedRequest {
  const replacements = replacementsFor(secrets);
  if (replacements.length === 0) return request;
  return {
    ...request,
    url: mask(request.url, replacements),
    headers: request.headers.map((h) => ({ ...h, value: maskHeaderValue(h.name, h.value, replacements) })),
    ...(request.bodyText !== undefined ? { bodyText: mask(request.bodyText, replacements) } : {}),
  };
}

/** Replaces secret values in free text (a script's console line or assertion message) with their {{placeholder}}. */
export function maskSecretText(text: string, secrets: readonly Variable[]): string {
  const replacements = replacementsFor(secrets);
  return replacements.length === 0 ? text : mask(text, replacements);
}
