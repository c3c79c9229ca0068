import { describe, expect, it } from 'vitest';
import { indexJsonLines, renderJsonRow } from './jsonLines';
import { indexTextLines, renderTextRow } from './textLines';
import { CONTINUATION, type LineIndex } from './lineIndex';
import { prettyText } from './prettyText';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = new TextDecoder();

function rows(bytes: Uint8Array, index: LineIndex, render: typeof renderJsonRow): string[] {
  return Array.from({ length: index.count }, (_, r) => render(bytes, index, r, dec));
}

describe('indexJsonLines', () => {
  it('produces the same text as JSON.stringify(…, 2) for ordinary JSON', () => {
    const value = { a: 1, b: [true, null, 'x y', { c: 'é', d: [] }], e: {}, f: 'quote " and \\ backslash', g: -1.5e3 };
    const bytes = enc(JSON.stringify(value));
    const { index, error, incomplete } = indexJsonLines(bytes);
    expect(error).toBeUndefined();
    expect(incomplete).toBe(false);
    // JSON.stringify writes -1500 for -1.5e3; the source text keeps what the server sent.
    expect(rows(bytes, index, renderJsonRow).join('\n')).toBe(JSON.stringify(value, null, 2));
  });

  it('keeps number digits and duplicate keys exactly as sent', () => {
    const bytes = enc('{"n":12345678901234567890,"k":1,"k":2}');
    const { index } = indexJsonLines(bytes);
    expect(rows(bytes, index, renderJsonRow)).toEqual(['{', '  "n": 12345678901234567890,', '  "k": 1,', '  "k": 2', '}']);
  });

  it('re-indents already pretty JSON with odd whitespace', () => {
    const bytes = enc('{\r\n\t"a" :\t[ 1 ,\n 2 ]\n}');
    const { index } = indexJsonLines(bytes);
    expect(rows(bytes, index, renderJsonRow)).toEqual(['{', '  "a": [', '    1,', '    2', '  ]', '}']);
  });

  it('indexes a prefix and says it is incomplete', () => {
    const full = JSON.stringify([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]);
    const bytes = enc(full.slice(0, 25));
    const { index, error, incomplete } = indexJsonLines(bytes);
    expect(error).toBeUndefined();
    expect(incomplete).toBe(true);
    expect(rows(bytes, index, renderJsonRow)).toEqual(['[', '  {', '    "id": 1,', '    "name": "a"', '  },', '  {', '    "id']);
  });

  it('puts each NDJSON value on its own line', () => {
    const bytes = enc('{"a":1}\n{"a":2}\n');
    const { index } = indexJsonLines(bytes);
    expect(rows(bytes, index, renderJsonRow)).toEqual(['{', '  "a": 1', '}', '{', '  "a": 2', '}']);
  });

  it('rejects text that is not JSON', () => {
    expect(indexJsonLines(enc('<html></html>')).error).toBeDefined();
    expect(indexJsonLines(enc('{"a":1}}')).error).toBeDefined();
    expect(indexJsonLines(enc('hello')).error).toBeDefined();
  });

  it('cuts a very long string into continuation rows on character boundaries', () => {
    const long = 'é'.repeat(5000); // 10000 bytes
    const bytes = enc(JSON.stringify({ s: long, t: 1 }));
    const { index } = indexJsonLines(bytes, 4096);
    const out = rows(bytes, index, renderJsonRow);
    expect(index.info[2]! & CONTINUATION).toBeTruthy();
    expect(out.every((r) => !r.includes('\uFFFD'))).toBe(true);
    // Rejoining continuation rows gives back the pretty text.
    expect(prettyText(bytes, 'json', dec).text).toBe(JSON.stringify({ s: long, t: 1 }, null, 2));
  });
});

describe('indexTextLines', () => {
  it('splits at LF and CRLF and keeps empty lines', () => {
    const bytes = enc('a\r\n\nb\nlast');
    const index = indexTextLines(bytes);
    expect(rows(bytes, index, renderTextRow)).toEqual(['a', '', 'b', 'last']);
  });
  it('cuts long lines without breaking characters', () => {
    const bytes = enc('€'.repeat(10) + '\nz');
    const index = indexTextLines(bytes, 7);
    const out = rows(bytes, index, renderTextRow);
    expect(out.join('|')).toBe('€€€|€€€|€€€|€|z');
    expect(out.every((r) => !r.includes('\uFFFD'))).toBe(true);
  });
  it('has no rows for an empty body', () => {
    expect(indexTextLines(new Uint8Array()).count).toBe(0);
  });
});

describe('prettyText', () => {
  it('reports invalid JSON and shows it as received', () => {
    const result = prettyText(enc('{"a":'), 'json', dec);
    expect(result.formatted).toBe(false);
    expect(result.text).toBe('{"a":');
    expect(result.note).toMatch(/ends early/);
  });
});

describe('indexJsonLines on generated documents', () => {
  // A small deterministic PRNG so failures reproduce.
  function rng(seed: number) {
    return () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
  }
  function value(r: () => number, depth: number): unknown {
    const pick = r();
    if (depth > 3 || pick < 0.3) {
      const leaf = Math.floor(r() * 6);
      return [null, true, false, Math.round(r() * 1e6) / 100, `s "${'x'.repeat(Math.floor(r() * 5))}" \\ é ✓\n`, ''][leaf];
    }
    if (pick < 0.65) return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [`k${i} :,{}`, value(r, depth + 1)]));
  }

  it('matches JSON.stringify(…, 2) for many random documents, minified or indented', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const doc = value(rng(seed), 0);
      const expected = JSON.stringify(doc, null, 2);
      for (const source of [JSON.stringify(doc), JSON.stringify(doc, null, '\t')]) {
        const bytes = enc(source);
        const { index, error, incomplete } = indexJsonLines(bytes);
        expect(error, `seed ${seed}`).toBeUndefined();
        expect(incomplete).toBe(false);
        expect(rows(bytes, index, renderJsonRow).join('\n'), `seed ${seed}`).toBe(expected);
      }
    }
  });
});
