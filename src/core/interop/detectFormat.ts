import { parse as parseYaml } from 'yaml';
import type { ImportFormat } from '../model';
import { looksLikeCurl } from './curl/importCurl';
import { stripBom } from './decodeText';
import { isBareGlobals, isPostmanEnvironment } from './postman/importEnvironment';
import { isPostmanV1 } from './postman/v1ToV2';
import { ImportError } from './importError';
import { bracketDepth, hasCycle, MAX_NESTING, valueDepth, yamlBlockDepth } from './nesting';

export interface Detected {
  format: ImportFormat;
  /** The parsed document (JSON or YAML), absent for cURL. */
  data?: unknown;
}

function classify(data: unknown): ImportFormat | null {
  if (Array.isArray(data)) return isBareGlobals(data) ? 'postman-globals' : null;
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.log && typeof d.log === 'object' && Array.isArray((d.log as { entries?: unknown }).entries)) return 'har';
  if (typeof d.openapi === 'string' || typeof d.swagger === 'string' || typeof d.swagger === 'number') return 'openapi';
  if (Array.isArray(d.item) || isPostmanV1(d)) return 'postman-collection';
  if (typeof d.method === 'string' && typeof d.url === 'string') return 'har';
  if (d.request && typeof d.request === 'object' && typeof (d.request as { url?: unknown }).url === 'string' && 'response' in d) return 'har';
  if (isPostmanEnvironment(d)) return d._postman_variable_scope === 'globals' ? 'postman-globals' : 'postman-environment';
  return null;
}

const tooDeep = (depth: number) =>
  new ImportError(`the document nests ${depth.toLocaleString('en')} levels deep; Reqlab reads at most ${MAX_NESTING} (real collections and specs nest a few dozen)`);

/**
 * Decides what a text is from its content alone (file names lie; pasted text has none). A
 * document nested past MAX_NESTING, or a YAML anchor that contains itself, is refused here.
 */
export function detectFormat(input: string): Detected | null {
  const text = stripBom(input).trim();
  if (text === '') return null;
  const jsonLike = text.startsWith('{') || text.startsWith('[');
  if (jsonLike) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined; // Not JSON: maybe YAML, which is a superset.
    }
    if (data !== undefined) {
      const depth = valueDepth(data);
      if (depth > MAX_NESTING) throw tooDeep(depth);
      const format = classify(data);
      return format ? { format, data } : null;
    }
  }
  if (looksLikeCurl(text)) return { format: 'curl' };
  // Only OpenAPI is read from YAML, and it names itself in a top-level key: without one, the
  // (slow, recursive) YAML parser is not worth running on what is most likely a broken file.
  if (!/^["']?(openapi|swagger)["']?\s*:/m.test(text)) return null;
  // The YAML parser recurses: bound the nesting first. Broken JSON that deep is left to the JSON message.
  const depth = Math.max(bracketDepth(text), yamlBlockDepth(text));
  if (depth > MAX_NESTING) {
    if (jsonLike) return null;
    throw tooDeep(depth);
  }
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 10_000 });
  } catch {
    return null;
  }
  const format = classify(data);
  if (format !== 'openapi') return null;
  if (hasCycle(data)) throw new ImportError('a YAML anchor contains itself (an alias inside its own anchor), so the document never ends');
  return { format, data };
}
