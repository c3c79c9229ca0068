import { describe, expect, it } from 'vitest';
import { firstLines } from './firstLines';

const enc = (s: string) => new TextEncoder().encode(s);

describe('firstLines', () => {
  it('drops the last, possibly cut, line of an incomplete body', () => {
    const r = firstLines(enc('[\n{"id":1},\n{"id":2},\n{"id'), { complete: false });
    expect(r.lines).toEqual(['[', '{"id":1},', '{"id":2},']);
    expect(r.more).toBe(true);
  });

  it('keeps every line of a complete small body, without a trailing empty line', () => {
    const r = firstLines(enc('a\r\nb\nc\n'), { complete: true });
    expect(r.lines).toEqual(['a', 'b', 'c']);
    expect(r.more).toBe(false);
  });

  it('bounds the number of lines and the length of each', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
    const r = firstLines(enc(text), { complete: true, maxLines: 10 });
    expect(r.lines).toHaveLength(10);
    expect(r.lines[9]).toBe('line 9');
    expect(r.more).toBe(true);
    const long = firstLines(enc('x'.repeat(5000)), { complete: true, maxLineChars: 100 });
    expect(long.lines).toEqual([`${'x'.repeat(100)}…`]);
    expect(long.more).toBe(true);
  });

  it('keeps a single cut line (minified JSON) rather than showing nothing', () => {
    const r = firstLines(enc('{"a":[1,2,3'), { complete: false });
    expect(r.lines).toEqual(['{"a":[1,2,3']);
  });

  it('decodes with the declared charset and never splits a character mid-way into garbage lines', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x78]);
    expect(firstLines(latin1, { charset: 'iso-8859-1', complete: true }).lines).toEqual(['café', 'x']);
    const utf8 = enc('é\nabc\nd€');
    // Cut inside the euro sign: that last line is dropped.
    expect(firstLines(utf8.subarray(0, utf8.length - 1), { complete: false }).lines).toEqual(['é', 'abc']);
  });

  it('decodes at most maxBytes', () => {
    const r = firstLines(enc('aaaa\nbbbb\ncccc\n'), { complete: true, maxBytes: 7 });
    expect(r.lines).toEqual(['aaaa']);
    expect(r.more).toBe(true);
  });
});
