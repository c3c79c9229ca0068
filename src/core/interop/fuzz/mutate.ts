import fc from 'fast-check';

/** Pieces that break importers in interesting ways: structure, escapes, references, nesting. */
const TOKENS = [
  '{', '}', '[', ']', '"', ',', ':', '\\', "'", '$\'\\U', '\\u', '\\x', '{{', '}}', '*a', '&a', '<<: *a', '\n  ', '\t', '\0',
  '"item":', '"folders_order":["F"]', '"id":"F"', '"$ref":"#/"', '"$ref":"#/paths"', '"requests":[{"data":{}}]', 'null', 'true', '1e999',
  '-1', '"__proto__":', '"constructor":', '\ud800', '\udfff', '\u202e', 'é', '💥', '%', '%zz', '?', '#', '@', ' --data-urlencode ', ' -H ', ' $\'',
];

/** One edit of the text: delete, insert, duplicate or cut a part, or nest it deeply. */
const textEdit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 100, max: 20_000 }), open: fc.constantFrom('[', '{"a":', '{"item":[', '- ', '{"folders":[{"folders_order":') }),
);

export type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;

export function applyEdit(text: string, edit: TextEdit): string {
  const at = 'at' in edit ? Math.floor(edit.at * text.length) : 0;
  switch (edit.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'insert':
      return text.slice(0, at) + edit.text + text.slice(at);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + edit.length) + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
    case 'nest':
      return edit.open.repeat(edit.depth) + text;
  }
}

/** A JSON seed with one value replaced by any JSON value (wrong types where the importer expects others). */
function replaceSomewhere(value: unknown, pick: number, replacement: unknown): unknown {
  let n = 0;
  const walk = (v: unknown): unknown => {
    if (n++ === pick) return replacement;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

export const structuralEdit = fc.record({ pick: fc.nat(400), replacement: fc.jsonValue({ maxDepth: 3 }) });

/** A mutated input: a seed, maybe a structural edit (JSON seeds), then 1–4 text edits. */
export function mutatedInput(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({ seed: fc.constantFrom(...seeds), structural: fc.option(structuralEdit, { freq: 2 }), edits: fc.array(textEdit, { minLength: 0, maxLength: 4 }) })
    .map(({ seed, structural, edits }) => {
      let text = seed;
      if (structural) {
        try {
          text = JSON.stringify(replaceSomewhere(JSON.parse(seed), structural.pick, structural.replacement));
        } catch {
          // not JSON (YAML, cURL): text edits only
        }
      }
      for (const e of edits) text = applyEdit(text, e);
      return text;
    });
}
