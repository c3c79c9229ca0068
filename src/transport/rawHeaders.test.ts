import { describe, expect, it } from 'vitest';
import { headerValue, parseRawHeaders } from './rawHeaders';
import { bytesToBase64 } from '../core/encoding';

describe('parseRawHeaders', () => {
  it('keeps order, repeats and colons inside values', () => {
    const parsed = parseRawHeaders('content-type: application/json\r\nx-a: 1\r\nx-a: 2\r\nlink: <http://a/b>; rel=next\r\n');
    expect(parsed).toEqual([
      ['content-type', 'application/json'],
      ['x-a', '1'],
      ['x-a', '2'],
      ['link', '<http://a/b>; rel=next'],
    ]);
    expect(headerValue(parsed, 'Content-Type')).toBe('application/json');
  });
});

describe('bytesToBase64', () => {
  it('matches btoa across slice boundaries', () => {
    const bytes = new Uint8Array(3 * 8192 + 7).map((_, i) => (i * 31) % 256);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    expect(bytesToBase64(bytes)).toBe(btoa(binary));
  });
});
