import { describe, expect, it } from 'vitest';
import { newRequest } from '../../../core/model';
import { withBodyMode, withParams, withUrl } from './requestEdits';

describe('params and URL stay in sync', () => {
  it('URL → params keeps order, repeats and empty values', () => {
    const r = withUrl(newRequest(), 'http://h/x?a=1&a=2&b=');
    expect(r.params.map((p) => [p.key, p.value])).toEqual([['a', '1'], ['a', '2'], ['b', '']]);
  });

  it('params → URL keeps disabled rows out of the URL but in the table', () => {
    const r = withUrl(newRequest(), 'http://h/x?a=1&b=2');
    const disabled = r.params.map((p) => (p.key === 'a' ? { ...p, enabled: false } : p));
    const next = withParams(r, disabled);
    expect(next.url).toBe('http://h/x?b=2');
    expect(next.params).toHaveLength(2);
    // Typing in the URL again does not lose the disabled row.
    const again = withUrl(next, 'http://h/x?b=3');
    expect(again.params.map((p) => [p.key, p.value, p.enabled])).toEqual([['a', '1', false], ['b', '3', true]]);
  });

  it('a value typed with a space is encoded once', () => {
    const r = withUrl(newRequest(), 'http://h/x?q=1');
    const next = withParams(r, r.params.map((p) => ({ ...p, value: 'a b' })));
    expect(next.url).toBe('http://h/x?q=a%20b');
    expect(withParams(next, next.params).url).toBe(next.url);
  });

  it('path variables follow the URL and keep their values', () => {
    const r = withUrl(newRequest(), 'http://h/books/:id');
    const filled = { ...r, pathVariables: r.pathVariables.map((p) => ({ ...p, value: '7' })) };
    const next = withUrl(filled, 'http://h/books/:id/pages/:page');
    expect(next.pathVariables.map((p) => [p.key, p.value])).toEqual([['id', '7'], ['page', '']]);
  });
});

describe('body modes', () => {
  it('switching modes keeps what was typed in each', () => {
    let r = newRequest();
    r = { ...r, body: { ...r.body, mode: 'json', raw: '{"a":1}', graphql: { query: '{ x }', variables: '' } } };
    r = withBodyMode(r, 'graphql');
    r = withBodyMode(r, 'json');
    expect(r.body.raw).toBe('{"a":1}');
    expect(r.body.graphql.query).toBe('{ x }');
  });
});
