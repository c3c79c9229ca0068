import { describe, expect, it } from 'vitest';
import type { Auth } from '../model';
import { authParts, basicAuthorization, mapAuthText, resolveInheritedAuth } from './index';

describe('basic', () => {
  it('matches RFC 7617 examples', () => {
    // §2: Aladdin / open sesame.
    expect(basicAuthorization('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    // §2.1: test / 123£ in UTF-8.
    expect(basicAuthorization('test', '123\u00a3')).toBe('Basic dGVzdDoxMjPCow==');
  });

  it('matches what curl -u sends (captured: curl -v -u user:pass)', () => {
    // curl 7.88.1 sent "Authorization: Basic dXNlcjpwYXNz"
    expect(authParts({ type: 'basic', username: 'user', password: 'pass' }).headers).toEqual([
      { name: 'Authorization', value: 'Basic dXNlcjpwYXNz' },
    ]);
  });

  it('keeps colons in the password and sends empty credentials as Og==', () => {
    expect(basicAuthorization('u', 'a:b')).toBe(`Basic ${btoa('u:a:b')}`);
    expect(basicAuthorization('', '')).toBe('Basic Og==');
  });
});

describe('bearer', () => {
  it('uses the Bearer prefix by default', () => {
    expect(authParts({ type: 'bearer', token: 'abc.def' }).headers).toEqual([{ name: 'Authorization', value: 'Bearer abc.def' }]);
  });
  it('uses a custom prefix, or none', () => {
    expect(authParts({ type: 'bearer', token: 't', prefix: 'Token' }).headers[0]!.value).toBe('Token t');
    expect(authParts({ type: 'bearer', token: 't', prefix: '' }).headers[0]!.value).toBe('t');
  });
  it('adds nothing for an empty token', () => {
    expect(authParts({ type: 'bearer', token: '' }).headers).toEqual([]);
  });
});

describe('api key', () => {
  it('goes in a header', () => {
    expect(authParts({ type: 'apikey', key: 'X-API-Key', value: 'k1', in: 'header' })).toEqual({
      headers: [{ name: 'X-API-Key', value: 'k1' }],
      query: [],
    });
  });
  it('goes in the query', () => {
    expect(authParts({ type: 'apikey', key: 'api_key', value: 'a b', in: 'query' })).toEqual({
      headers: [],
      query: [{ key: 'api_key', value: 'a b' }],
    });
  });
  it('adds nothing without a name', () => {
    expect(authParts({ type: 'apikey', key: '', value: 'x', in: 'header' }).headers).toEqual([]);
  });
});

describe('digest, none, inherit', () => {
  it('digest is passed to the relay, with no header', () => {
    expect(authParts({ type: 'digest', username: 'u', password: 'p' })).toEqual({
      headers: [],
      query: [],
      digest: { username: 'u', password: 'p' },
    });
  });
  it('none and inherit add nothing', () => {
    expect(authParts({ type: 'none' })).toEqual({ headers: [], query: [] });
    expect(authParts({ type: 'inherit' })).toEqual({ headers: [], query: [] });
  });
});

describe('mapAuthText', () => {
  it('resolves every text field', () => {
    const up = (s: string) => s.toUpperCase();
    expect(mapAuthText({ type: 'basic', username: 'u', password: 'p' }, up)).toEqual({ type: 'basic', username: 'U', password: 'P' });
    expect(mapAuthText({ type: 'bearer', token: 't' }, up)).toEqual({ type: 'bearer', token: 'T' });
    expect(mapAuthText({ type: 'apikey', key: 'k', value: 'v', in: 'query' }, up)).toEqual({
      type: 'apikey',
      key: 'K',
      value: 'V',
      in: 'query',
    });
  });
});

describe('resolveInheritedAuth', () => {
  const basic: Auth = { type: 'basic', username: 'u', password: 'p' };
  const bearer: Auth = { type: 'bearer', token: 't' };
  it('the request own auth wins', () => {
    expect(resolveInheritedAuth([bearer, basic])).toEqual({ auth: bearer, fromIndex: 0 });
  });
  it('inherit walks up to the nearest parent that sets one', () => {
    expect(resolveInheritedAuth([{ type: 'inherit' }, { type: 'inherit' }, basic])).toEqual({ auth: basic, fromIndex: 2 });
  });
  it('none stops inheritance', () => {
    expect(resolveInheritedAuth([{ type: 'inherit' }, { type: 'none' }, basic])).toEqual({ auth: { type: 'none' }, fromIndex: 1 });
  });
  it('all inherit means no auth', () => {
    expect(resolveInheritedAuth([{ type: 'inherit' }, { type: 'inherit' }])).toEqual({ auth: { type: 'none' }, fromIndex: -1 });
    expect(resolveInheritedAuth([])).toEqual({ auth: { type: 'none' }, fromIndex: -1 });
  });
});
