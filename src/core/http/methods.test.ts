import { describe, expect, it } from 'vitest';
import { describeMethod, isForbiddenMethod, isValidMethodToken, normalizeMethodLikeFetch, STANDARD_METHODS } from './methods';

describe('method properties', () => {
  // RFC 9110 §9.2 and the IANA HTTP Method Registry; PATCH from RFC 5789.
  it.each([
    ['GET', true, true],
    ['HEAD', true, true],
    ['OPTIONS', true, true],
    ['TRACE', true, true],
    ['PUT', false, true],
    ['DELETE', false, true],
    ['POST', false, false],
    ['CONNECT', false, false],
    ['PATCH', false, false],
    ['QUERY', true, true],
    ['PROPFIND', true, true],
    ['LOCK', false, false],
    ['MOVE', false, true],
  ])('%s: safe=%s idempotent=%s', (m, safe, idempotent) => {
    const info = describeMethod(m);
    expect(info.safe).toBe(safe);
    expect(info.idempotent).toBe(idempotent);
  });

  it('every safe method is also idempotent', () => {
    for (const m of [...STANDARD_METHODS, 'QUERY', 'PROPFIND', 'REPORT', 'SEARCH']) {
      const info = describeMethod(m);
      if (info.safe) expect(info.idempotent, m).toBe(true);
    }
  });

  it('lists the RFC 9110 methods plus PATCH as standard', () => {
    expect([...STANDARD_METHODS].sort()).toEqual(['CONNECT', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT', 'TRACE']);
  });

  it('knows which responses are cacheable', () => {
    expect(describeMethod('GET').cacheable).toBe('yes');
    expect(describeMethod('HEAD').cacheable).toBe('yes');
    expect(describeMethod('POST').cacheable).toBe('conditional');
    expect(describeMethod('PUT').cacheable).toBe('no');
    expect(describeMethod('DELETE').cacheable).toBe('no');
  });

  it('knows what bodies mean', () => {
    expect(describeMethod('GET').requestBody).toBe('no-defined-semantics');
    expect(describeMethod('POST').requestBody).toBe('meaningful');
    expect(describeMethod('TRACE').requestBody).toBe('not-allowed');
    expect(describeMethod('CONNECT').requestBody).toBe('not-allowed');
    expect(describeMethod('HEAD').responseBody).toBe('no');
  });

  it('marks QUERY as a draft', () => {
    expect(describeMethod('QUERY').status).toBe('draft');
    expect(describeMethod('QUERY').spec?.title).toMatch(/Internet-Draft/);
  });
});

describe('custom and invalid methods', () => {
  it('describes a custom token as not standard, sent as is, with 405/501', () => {
    const info = describeMethod('PURGE');
    expect(info.status).toBe('custom');
    expect(info.safe).toBe(false);
    expect(info.idempotent).toBe(false);
    expect(info.notes.join(' ')).toMatch(/exactly as typed/);
    expect(info.notes.join(' ')).toMatch(/501/);
    expect(info.notes.join(' ')).toMatch(/405/);
  });

  it('treats methods as case-sensitive and says so', () => {
    const info = describeMethod('get');
    expect(info.status).toBe('custom');
    expect(info.notes[0]).toMatch(/case-sensitive/);
  });

  it('flags invalid tokens', () => {
    expect(describeMethod('GE T').status).toBe('invalid');
    expect(describeMethod('').status).toBe('invalid');
  });

  it('validates the RFC 9110 token grammar', () => {
    for (const ok of ['GET', 'M-SEARCH', "X!#$%&'*+-.^_`|~9"]) expect(isValidMethodToken(ok), ok).toBe(true);
    for (const bad of ['', 'GE T', 'GET/1', 'A"B', 'A(B)', 'A:B', 'É', 'A\tB', 'A,B', 'A;B', 'A{B}', 'A@B'])
      expect(isValidMethodToken(bad), bad).toBe(false);
  });
});

describe('browser method rules', () => {
  it('normalizes only the six methods fetch upper-cases', () => {
    expect(normalizeMethodLikeFetch('post')).toBe('POST');
    expect(normalizeMethodLikeFetch('Delete')).toBe('DELETE');
    expect(normalizeMethodLikeFetch('patch')).toBe('patch');
    expect(normalizeMethodLikeFetch('PROPFIND')).toBe('PROPFIND');
  });

  it('forbids CONNECT, TRACE and TRACK in any case', () => {
    expect(isForbiddenMethod('connect')).toBe(true);
    expect(isForbiddenMethod('TRACK')).toBe(true);
    expect(isForbiddenMethod('GET')).toBe(false);
  });
});
