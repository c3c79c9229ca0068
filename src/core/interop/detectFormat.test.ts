import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { detectFormat } from './detectFormat';
import { importAny } from './importAny';

describe('detectFormat', () => {
  it('tells formats apart by content', () => {
    expect(detectFormat('  curl http://x')?.format).toBe('curl');
    expect(detectFormat('# comment\ncurl http://x')?.format).toBe('curl');
    expect(detectFormat('{"info":{},"item":[]}')?.format).toBe('postman-collection');
    expect(detectFormat('{"name":"e","values":[]}')?.format).toBe('postman-environment');
    expect(detectFormat('{"log":{"entries":[]}}')?.format).toBe('har');
    expect(detectFormat('openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}')?.format).toBe('openapi');
    expect(detectFormat('{"swagger":"2.0","paths":{}}')?.format).toBe('openapi');
    expect(detectFormat('hello: world')).toBeNull();
    expect(detectFormat('')).toBeNull();
  });

  it('decodes UTF-16LE and UTF-8 with a BOM', () => {
    const text = '{"name":"é","values":[]}';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeText(utf16)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it('rejects unusable input with a clear message', () => {
    expect(() => importAny('{"a": 1}', 'x.json')).toThrow(/"x.json" is not a Postman collection, environment, OpenAPI\/Swagger document, HAR file or cURL command/);
    expect(() => importAny('{"item": [')).toThrow(/JSON/);
  });
});
