import { describe, expect, it } from 'vitest';
import { formatJson } from './formatJson';

describe('formatJson', () => {
  it('pretty-prints', () => {
    expect(formatJson('{"a":[1,2],"b":{"c":null}}')).toEqual({ ok: true, text: '{\n  "a": [\n    1,\n    2\n  ],\n  "b": {\n    "c": null\n  }\n}' });
  });
  it('keeps bare and quoted variables', () => {
    const r = formatJson('{"id":{{id}},"name":"{{name}}"}');
    expect(r).toEqual({ ok: true, text: '{\n  "id": {{id}},\n  "name": "{{name}}"\n}' });
  });
  it('explains invalid JSON', () => {
    const r = formatJson('{"a": }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Cannot format/);
  });
});
