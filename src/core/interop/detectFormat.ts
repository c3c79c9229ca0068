import { parse as parseYaml } from 'yaml';
import type { ImportFormat } from '../model';
import { looksLikeCurl } from './curl/importCurl';
import { stripBom } from './decodeText';
import { isBareGlobals, isPostmanEnvironment } from './postman/importEnvironment';
import { isPostmanV1 } from './postman/v1ToV2';

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

/** Decides what a text is from its content alone (file names lie; pasted text has none). */
export function detectFormat(input: string): Detected | null {
  const text = stripBom(input).trim();
  if (text === '') return null;
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      const data: unknown = JSON.parse(text);
      const format = classify(data);
      return format ? { format, data } : null;
    } catch {
      // Not JSON: fall through to YAML, which is a superset.
    }
  }
  if (looksLikeCurl(text)) return { format: 'curl' };
  try {
    const data: unknown = parseYaml(text, { maxAliasCount: 10_000 });
    const format = classify(data);
    return format === 'openapi' ? { format, data } : null;
  } catch {
    return null;
  }
}
