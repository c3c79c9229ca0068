import { describe, expect, it } from 'vitest';
import { importAny } from './importAny';
import { ImportError } from './importError';
import { bracketDepth, hasCycle, valueDepth, yamlBlockDepth } from './nesting';

describe('documents nested past reason are refused before anything recursive reads them', () => {
  it('20,000 levels of JSON', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(() => importAny(deep)).toThrow(ImportError);
    expect(() => importAny(deep)).toThrow(/nests 20,000 levels deep/);
  });
  it('a recursive YAML anchor in an OpenAPI schema', () => {
    const yaml = `openapi: 3.0.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Node: &node\n      type: object\n      properties:\n        child: *node\n`;
    expect(() => importAny(yaml)).toThrow(/anchor contains itself/);
  });
  it('deep YAML block sequences', () => {
    expect(() => importAny(`openapi: 3.0.0\nx:\n  ${'- '.repeat(5000)}1`)).toThrow(/levels deep/);
  });
  it('the measures', () => {
    expect(bracketDepth('{"a":"[[[", "b": [1]}')).toBe(5); // an upper bound: brackets in strings count too
    expect(valueDepth({ a: [{ b: 1 }] })).toBe(3);
    expect(yamlBlockDepth('a:\n  b:\n    - - c')).toBe(4);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = { back: cyclic };
    expect(hasCycle(cyclic)).toBe(true);
    const shared = { s: 1 };
    expect(hasCycle({ a: shared, b: shared })).toBe(false);
  });
});
