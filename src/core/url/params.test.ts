import { describe, expect, it } from 'vitest';
import { newKeyValue, type KeyValue } from '../model';
import { applyParamsToUrl, decodeForDisplay, parseQuery, syncParamsFromUrl } from './index';

const rows = (url: string) => parseQuery(url).map((r) => [r.key, r.value, !!r.noValue]);
const kv = (key: string, value: string, enabled = true, noValue = false): KeyValue => {
  const row = newKeyValue(key, value, enabled);
  if (noValue) row.noValue = true;
  return row;
};

describe('parseQuery', () => {
  it('keeps order and repeated keys', () => {
    expect(rows('http://x/?b=2&a=1&b=3')).toEqual([
      ['b', '2', false],
      ['a', '1', false],
      ['b', '3', false],
    ]);
  });

  it('tells an empty value (a=) from no value (b)', () => {
    expect(rows('http://x?a=&b')).toEqual([
      ['a', '', false],
      ['b', '', true],
    ]);
  });

  it('keeps values as written: no decoding, + stays +', () => {
    expect(rows('http://x?q=a%20b&p=1+1&t=%7E')).toEqual([
      ['q', 'a%20b', false],
      ['p', '1+1', false],
      ['t', '%7E', false],
    ]);
  });

  it('splits at the first = only and ignores the fragment', () => {
    expect(rows('http://x?expr=a=b#frag?x=1')).toEqual([['expr', 'a=b', false]]);
  });

  it('gives no rows without a query, and skips empty segments', () => {
    expect(rows('http://x/path')).toEqual([]);
    expect(rows('http://x/?')).toEqual([]);
    expect(rows('http://x/?a=1&&b=2&')).toEqual([
      ['a', '1', false],
      ['b', '2', false],
    ]);
  });
});

describe('applyParamsToUrl', () => {
  it('writes enabled rows in order with repeats, keeping the fragment', () => {
    const url = applyParamsToUrl('http://x/p?old=1#sec', [kv('b', '2'), kv('a', '1'), kv('b', '3')]);
    expect(url).toBe('http://x/p?b=2&a=1&b=3#sec');
  });

  it('leaves disabled and blank rows out of the URL', () => {
    expect(applyParamsToUrl('http://x', [kv('a', '1'), kv('off', 'x', false), kv('', '')])).toBe('http://x?a=1');
  });

  it('removes the ? when no row is enabled', () => {
    expect(applyParamsToUrl('http://x/?a=1#f', [kv('a', '1', false)])).toBe('http://x/#f');
  });

  it('round-trips a=&b exactly', () => {
    const url = 'http://x/?a=&b&c=3';
    expect(applyParamsToUrl(url, parseQuery(url))).toBe(url);
  });

  it('a noValue row that gets a value is written with =', () => {
    expect(applyParamsToUrl('http://x', [kv('b', 'v', true, true)])).toBe('http://x?b=v');
  });

  it('encodes a typed space once', () => {
    const once = applyParamsToUrl('http://x', [kv('q', 'a b')]);
    expect(once).toBe('http://x?q=a%20b');
    // Feeding the URL back does not encode again.
    expect(applyParamsToUrl(once, parseQuery(once))).toBe(once);
  });

  it('does not re-encode an already encoded URL', () => {
    const pasted = 'http://x/?q=a%20b&r=%E2%82%AC&s=%2B';
    expect(applyParamsToUrl(pasted, parseQuery(pasted))).toBe(pasted);
  });

  it('never encodes {{variables}}', () => {
    expect(applyParamsToUrl('{{base}}/s', [kv('{{key}}', '{{v a}} x')])).toBe('{{base}}/s?{{key}}={{v a}}%20x');
  });

  it('encodes unicode as UTF-8', () => {
    expect(applyParamsToUrl('http://x', [kv('ville', 'Zürich 😀')])).toBe('http://x?ville=Z%C3%BCrich%20%F0%9F%98%80');
  });

  it('keeps a literal + as typed (type %2B for a plus sign the server must not read as space)', () => {
    expect(applyParamsToUrl('http://x', [kv('sum', '1+1'), kv('plus', '%2B')])).toBe('http://x?sum=1+1&plus=%2B');
  });

  it('encodes the characters that would break the query', () => {
    expect(applyParamsToUrl('http://x', [kv('a&b=c', 'd&e#f=g')])).toBe('http://x?a%26b%3Dc=d%26e%23f=g');
  });

  it('encodes a stray % but keeps valid escapes', () => {
    expect(applyParamsToUrl('http://x', [kv('p', '100% of %41 %zz')])).toBe('http://x?p=100%25%20of%20%41%20%25zz');
  });

  it('keeps reserved characters that are legal in a query', () => {
    expect(applyParamsToUrl('http://x', [kv('f[]', "a:b/c?d@e,f;g!h'i(j)k*l$m~")])).toBe(
      "http://x?f[]=a:b/c?d@e,f;g!h'i(j)k*l$m~",
    );
  });

  it('encodes quotes, angle brackets, braces and controls', () => {
    expect(applyParamsToUrl('http://x', [kv('q', '"<a>{b}|\\^`\n')])).toBe('http://x?q=%22%3Ca%3E%7Bb%7D%7C%5C%5E%60%0A');
  });
});

describe('syncParamsFromUrl', () => {
  it('keeps disabled rows in place while the URL is edited', () => {
    const previous = [kv('a', '1'), kv('off', 'x', false), kv('b', '2')];
    const next = syncParamsFromUrl('http://x?a=10&b=2&c=3', previous);
    expect(next.map((r) => [r.key, r.value, r.enabled])).toEqual([
      ['a', '10', true],
      ['off', 'x', false],
      ['b', '2', true],
      ['c', '3', true],
    ]);
    // Row identity survives, so the table does not lose focus.
    expect(next[0]!.id).toBe(previous[0]!.id);
    expect(next[2]!.id).toBe(previous[2]!.id);
  });

  it('removes enabled rows deleted from the URL, keeps disabled ones', () => {
    const next = syncParamsFromUrl('http://x', [kv('a', '1'), kv('off', 'x', false)]);
    expect(next.map((r) => r.key)).toEqual(['off']);
  });

  it('keeps descriptions and tracks the noValue flag', () => {
    const a = kv('a', '1');
    a.description = 'page';
    const next = syncParamsFromUrl('http://x?a', [a]);
    expect(next[0]).toMatchObject({ key: 'a', value: '', noValue: true, description: 'page' });
    const back = syncParamsFromUrl('http://x?a=', next);
    expect(back[0]!.noValue).toBeUndefined();
  });

  it('table → URL → table is stable', () => {
    const table = [kv('q', 'a b'), kv('off', '1', false), kv('flag', '', true, true)];
    const url = applyParamsToUrl('http://x/s#top', table);
    expect(url).toBe('http://x/s?q=a%20b&flag#top');
    const synced = syncParamsFromUrl(url, table);
    expect(applyParamsToUrl(url, synced)).toBe(url);
    expect(synced.map((r) => r.key)).toEqual(['q', 'off', 'flag']);
  });
});

describe('decodeForDisplay', () => {
  it('decodes valid UTF-8 runs and leaves the rest', () => {
    expect(decodeForDisplay('a%20b%E2%82%AC+%zz%FF')).toBe('a b€+%zz%FF');
  });
});
