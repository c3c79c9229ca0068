import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, concatBytes, sha256Hex, utf8Decode, utf8DecodeStrict, utf8Encode } from './index';

describe('base64', () => {
  // RFC 4648 §10 test vectors.
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ];
  it.each(vectors)('encodes %j as %j and back', (plain, encoded) => {
    expect(bytesToBase64(utf8Encode(plain))).toBe(encoded);
    expect(utf8Decode(base64ToBytes(encoded))).toBe(plain);
  });

  it('round-trips every byte value and matches btoa on a large input', () => {
    const bytes = new Uint8Array(200_003);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    const encoded = bytesToBase64(bytes);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    expect(encoded).toBe(btoa(binary));
    expect(base64ToBytes(encoded)).toEqual(bytes);
  });

  it('accepts base64url, missing padding and whitespace', () => {
    expect(base64ToBytes('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(utf8Decode(base64ToBytes('Zm9v\nYg'))).toBe('foob');
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => base64ToBytes('Zm9v!A')).toThrow(/Invalid base64 character at byte 4/);
    expect(() => base64ToBytes('Zm9vé')).toThrow(/Invalid base64 character/);
    expect(() => base64ToBytes('Zm9vY')).toThrow(/wrong length/);
  });
});

describe('utf8', () => {
  it('encodes multi-byte characters', () => {
    expect(Array.from(utf8Encode('é€😀'))).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  });
  it('strict decoding tells binary from text', () => {
    expect(utf8DecodeStrict(new Uint8Array([0xff, 0xfe]))).toBeNull();
    expect(utf8DecodeStrict(utf8Encode('ok'))).toBe('ok');
  });
  it('concatenates', () => {
    expect(concatBytes([new Uint8Array([1]), new Uint8Array([]), new Uint8Array([2, 3])])).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
