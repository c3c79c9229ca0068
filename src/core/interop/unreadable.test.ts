import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { importAny } from './importAny';

const refusal = (text: string, name = 'f.json') => {
  try {
    importAny(text, name);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('imported');
};

describe('an unreadable import says which case it is', () => {
  it('an empty file', () => {
    expect(refusal('', 'empty.json')).toBe('"empty.json" is empty');
    expect(refusal(' \n\t ')).toBe('"f.json" is empty');
  });

  it('something that is not text', () => {
    const png = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expect(refusal(png, 'logo.png')).toMatch(/^"logo.png" is not text \(it looks like a PNG image\)/);
    expect(refusal(decodeText(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0])), 'c.json.gz')).toMatch(/looks like a gzip archive/);
    expect(refusal('abc\u0000def')).toMatch(/is not text \(it looks like a binary file\)/);
  });

  it('a JSON parse error with its line and column', () => {
    expect(refusal('{\n  "info": {},\n  "item" []\n}')).toMatch(/^"f.json" is not valid JSON: .* at line 3, column 10$/);
  });

  it('broken YAML with its line and column', () => {
    expect(refusal('openapi: 3.0.0\ninfo:\n  title: "x\n  version: 1\npaths: [\n', 'api.yaml')).toMatch(/^"api.yaml" is not valid YAML: .*line \d+, column \d+/);
  });

  it('a file that ends early', () => {
    const whole = JSON.stringify({ info: { name: 'x' }, item: [{ name: 'a', request: { url: 'http://x.test/' } }] }, null, 2);
    for (const cut of [whole.length - 1, Math.floor(whole.length / 2), whole.indexOf('http') + 3]) {
      expect(refusal(whole.slice(0, cut))).toMatch(/^"f.json" ends early, at line \d+: the JSON is cut off/);
    }
  });

  it('a known format in a version Reqlab does not read', () => {
    expect(refusal('openapi: 4.0.0\ninfo: {title: T, version: "1"}\npaths: {}\n', 'a.yaml')).toBe('"a.yaml" is OpenAPI 4.0.0, which Reqlab does not read; it reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2');
    expect(refusal('{"swagger": "1.2", "apis": []}')).toMatch(/is Swagger 1.2, which Reqlab does not read/);
    expect(refusal(JSON.stringify({ info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v3.0.0/collection.json' }, item: [] }))).toMatch(/is a Postman collection v3.0, which Reqlab does not read; export it from Postman as Collection v2.1/);
    expect(refusal('{"log": {"version": "2.0", "entries": []}}')).toMatch(/is HAR 2.0, which Reqlab does not read/);
  });

  it('valid JSON of no known format keeps the general message', () => {
    expect(refusal('{"a": 1}')).toMatch(/is not a Postman collection, environment, OpenAPI\/Swagger document, HAR file or cURL command$/);
  });
});
