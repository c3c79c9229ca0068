import { describe, expect, it } from 'vitest';
import { COMPARED_BYTES, compareBodies, compareExchanges, compareHeaders, jsonChanges, sideBySide } from './index';

const enc = (s: string) => new TextEncoder().encode(s);

describe('compare', () => {
  it('JSON: key order and spacing are not differences; changed paths are listed', () => {
    const same = compareBodies(enc('{"a":1,"b":[1,2]}'), enc('{ "b": [1, 2], "a": 1 }'));
    expect(same.mode).toBe('json');
    expect(same.identical).toBe(true);
    expect(same.added + same.removed).toBe(0);

    const changed = compareBodies(enc('{"books":[{"title":"A"},{"title":"B"}],"n":2}'), enc('{"books":[{"title":"A"},{"title":"C"},{"title":"D"}],"n":3,"x":true}'));
    expect(changed.identical).toBe(false);
    expect(changed.jsonChanges).toEqual([
      { path: '$.books[1].title', change: 'changed', left: '"B"', right: '"C"' },
      { path: '$.books[2]', change: 'added', right: '{"title":"D"}' },
      { path: '$.n', change: 'changed', left: '2', right: '3' },
      { path: '$.x', change: 'added', right: 'true' },
    ]);
    expect(changed.rows.some((r) => r.left?.change === 'changed' && r.left.text.includes('"B"') && r.right?.text.includes('"C"'))).toBe(true);
  });

  it('keys that are not identifiers are quoted in paths', () => {
    expect(jsonChanges({ 'a b': 1 }, { 'a b': 2 })).toEqual([{ path: '$["a b"]', change: 'changed', left: '1', right: '2' }]);
  });

  it('text is compared line by line, side by side', () => {
    const out = sideBySide('one\ntwo\nthree\n', 'one\nTWO\nthree\nfour\n')!;
    expect(out.added).toBe(2);
    expect(out.removed).toBe(1);
    expect(out.rows.map((r) => [r.left?.text ?? null, r.left?.change ?? null, r.right?.text ?? null, r.right?.change ?? null])).toEqual([
      ['one', 'same', 'one', 'same'],
      ['two', 'changed', 'TWO', 'changed'],
      ['three', 'same', 'three', 'same'],
      [null, null, 'four', 'added'],
    ]);
  });

  it('binary bodies are compared by their bytes only', () => {
    const a = new Uint8Array([0xff, 0x00, 0xfe]);
    expect(compareBodies(a, a).identical).toBe(true);
    const b = compareBodies(a, new Uint8Array([0xff, 0x01]));
    expect(b.mode).toBe('binary');
    expect(b.identical).toBe(false);
  });

  it('a big body is compared by its first part, and big binary stays binary', () => {
    const text = enc('line\n'.repeat(200_000)); // 1 MB
    const other = enc('line\n'.repeat(199_999) + 'last\n');
    const big = compareBodies(text, other);
    expect(big.mode).toBe('text');
    expect(big.comparedBytes).toBe(COMPARED_BYTES);
    const noise = new Uint8Array(COMPARED_BYTES + 10).map((_, i) => (i * 7919) % 256);
    expect(compareBodies(noise, noise.slice().reverse()).mode).toBe('binary');
  });

  it('headers: names case-insensitive, repeated values kept, added and removed marked', () => {
    expect(
      compareHeaders(
        [['Content-Type', 'application/json'], ['ETag', '"1"'], ['Set-Cookie', 'a=1']],
        [['content-type', 'application/json'], ['ETag', '"2"'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2'], ['Location', '/books/3']],
      ),
    ).toEqual([
      { name: 'content-type', left: 'application/json', right: 'application/json', change: 'same' },
      { name: 'ETag', left: '"1"', right: '"2"', change: 'changed' },
      { name: 'Set-Cookie', left: 'a=1', right: 'a=1\nb=2', change: 'changed' },
      { name: 'Location', right: '/books/3', change: 'added' },
    ]);
  });

  it('an exchange without a response compares by its error', () => {
    const out = compareExchanges(
      { label: 'a', status: 200, statusText: 'OK', headers: [], body: enc(''), bodyCut: false },
      { label: 'b', headers: [], body: enc(''), bodyCut: false, error: 'timeout' },
    );
    expect(out.status).toEqual({ left: '200 OK', right: 'No response (timeout)', same: false });
  });
});
