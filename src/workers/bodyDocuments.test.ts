import { describe, expect, it } from 'vitest';
import { BodyDocuments } from './bodyDocuments';

const enc = (s: string) => new TextEncoder().encode(s);

describe('BodyDocuments', () => {
  it('assembles chunks and serves pretty and raw rows of JSON', () => {
    const docs = new BodyDocuments();
    const body = enc('{"a":[1,2],"b":"x"}');
    docs.begin('d', body.length, 'json');
    docs.chunk('d', 0, body.slice(0, 7).buffer);
    docs.chunk('d', 7, body.slice(7).buffer);
    expect(docs.index('d', 'pretty')).toEqual({ count: 7, formatted: true, note: undefined });
    expect(docs.rows('d', 'pretty', 1, 4)).toEqual(['  "a": [', '    1,', '    2']);
    expect(docs.index('d', 'raw').count).toBe(1);
    expect(docs.text('d', 'pretty')).toBe(JSON.stringify(JSON.parse('{"a":[1,2],"b":"x"}'), null, 2));
  });

  it('falls back to the text as received when JSON is invalid, and says so', () => {
    const docs = new BodyDocuments();
    docs.put('d', enc('not json\nline 2'), 'json');
    const info = docs.index('d', 'pretty');
    expect(info.formatted).toBe(false);
    expect(info.note).toMatch(/Not valid JSON/);
    expect(docs.rows('d', 'pretty', 0, 10)).toEqual(['not json', 'line 2']);
  });

  it('re-indents XML and decodes a declared charset', () => {
    const docs = new BodyDocuments();
    docs.put('x', new Uint8Array([0x3c, 0x61, 0x3e, 0x3c, 0x62, 0x3e, 0xe9, 0x3c, 0x2f, 0x62, 0x3e, 0x3c, 0x2f, 0x61, 0x3e]), 'xml', 'iso-8859-1');
    expect(docs.text('x', 'pretty')).toBe('<a>\n  <b>é</b>\n</a>');
    expect(docs.text('x', 'raw')).toBe('<a><b>é</b></a>');
  });

  it('runs JSONPath and stores the matches as a new body', () => {
    const docs = new BodyDocuments();
    docs.put('d', enc(JSON.stringify({ books: [{ title: 'A', price: 5 }, { title: 'B', price: 15 }] })), 'json');
    const info = docs.jsonPath('d', '$.books[?(@.price > 10)].title', 'r');
    expect(info.matches).toBe(1);
    expect(docs.text('r', 'pretty')).toBe('[\n  "B"\n]');
    expect(() => docs.jsonPath('d', '$[?(@.price ===', 'r2')).toThrow(/not valid/);
  });

  it('refuses JSONPath on a body that is not JSON', () => {
    const docs = new BodyDocuments();
    docs.put('d', enc('<a/>'), 'json');
    expect(() => docs.jsonPath('d', '$', 'r')).toThrow(/not valid JSON/);
  });
});
