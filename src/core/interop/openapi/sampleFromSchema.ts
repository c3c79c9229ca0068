/** A JSON Schema object as found in a dereferenced OpenAPI document (cycles possible). */
export type Schema = Record<string, unknown>;

const FORMATS: Record<string, unknown> = {
  'date-time': '2024-01-01T00:00:00Z', date: '2024-01-01', time: '00:00:00', email: 'user@example.com', uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  uri: 'https://example.com', url: 'https://example.com', hostname: 'example.com', ipv4: '192.0.2.1', ipv6: '2001:db8::1', byte: 'U3dhZ2dlcg==', binary: '',
  password: 'password',
};

function asSchema(v: unknown): Schema | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Schema) : null;
}

/**
 * An example value for a schema: its example, default, const or first enum value, else one
 * built from its type. Depth-limited because dereferenced documents may be cyclic.
 */
export function sampleFromSchema(input: unknown, depth = 0, seen: Set<object> = new Set()): unknown {
  const s = asSchema(input);
  if (!s || depth > 8 || seen.has(s)) return null;
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  seen.add(s);
  try {
    if (Array.isArray(s.allOf)) {
      const merged: Record<string, unknown> = {};
      for (const part of s.allOf) {
        const v = sampleFromSchema(part, depth + 1, seen);
        if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(merged, v);
      }
      return merged;
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      const options = s[key];
      if (Array.isArray(options) && options.length) return sampleFromSchema(options[0], depth + 1, seen);
    }
    const types = Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : [s.type];
    const type = types[0] ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
    switch (type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(asSchema(s.properties) ?? {})) {
          if (asSchema(v)?.readOnly === true) continue;
          out[k] = sampleFromSchema(v, depth + 1, seen);
        }
        return out;
      }
      case 'array': {
        const item = sampleFromSchema(s.items, depth + 1, seen);
        return item === null ? [] : [item];
      }
      case 'integer':
      case 'number':
        return typeof s.minimum === 'number' ? s.minimum : 0;
      case 'boolean':
        return true;
      case 'string':
        return typeof s.format === 'string' && FORMATS[s.format] !== undefined ? FORMATS[s.format] : 'string';
      default:
        return null;
    }
  } finally {
    seen.delete(s);
  }
}

/** A parameter value as text: arrays and objects as the simple style (`a,b`). */
export function sampleText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(sampleText).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
