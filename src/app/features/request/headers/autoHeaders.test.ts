import { describe, expect, it } from 'vitest';
import { newRequest } from '../../../../core/model';
import { autoHeaders } from './autoHeaders';

const names = (r: ReturnType<typeof newRequest>) => autoHeaders(r).map((h) => `${h.name}: ${h.value}`);

describe('autoHeaders', () => {
  it('lists Host, User-Agent and Accept for a bodiless request', () => {
    const r = newRequest({ url: 'http://user@example.com:8080/x?y=1', auth: { type: 'none' } });
    expect(names(r)).toEqual(['Host: example.com:8080', 'User-Agent: Reqlab/0.1', 'Accept: */*']);
  });

  it('adds Content-Type and Content-Length from the body mode, not for an empty raw text', () => {
    const base = newRequest({ url: 'http://h/', auth: { type: 'none' } });
    expect(names({ ...base, body: { ...base.body, mode: 'json', raw: '' } })).not.toContain('Content-Type: application/json');
    const json = names({ ...base, body: { ...base.body, mode: 'json', raw: '{}' } });
    expect(json.slice(0, 2)).toEqual(['Content-Type: application/json', 'Content-Length: computed when sent']);
    expect(names({ ...base, body: { ...base.body, mode: 'urlencoded' } })[0]).toBe('Content-Type: application/x-www-form-urlencoded');
  });

  it('shows the auth header the Auth tab adds', () => {
    const r = newRequest({ url: 'http://h/', auth: { type: 'apikey', key: 'X-Key', value: 'k', in: 'header' } });
    expect(autoHeaders(r).some((h) => h.name === 'X-Key')).toBe(true);
    const q = newRequest({ url: 'http://h/', auth: { type: 'apikey', key: 'key', value: 'k', in: 'query' } });
    expect(autoHeaders(q).some((h) => h.name === 'key')).toBe(false);
  });
});
