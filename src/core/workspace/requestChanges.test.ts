import { describe, expect, it } from 'vitest';
import { newRequest } from '../model';
import { requestChanges, sameSavedRequest } from './requestChanges';

const base = { ...newRequest(), name: 'Get user', url: 'http://api.test/users/1' };

describe('request changes (for a save conflict)', () => {
  it('names each changed part with before and after', () => {
    const theirs = { ...base, url: 'http://api.test/users/2' };
    const mine = { ...base, method: 'DELETE', headers: [{ id: 'h', key: 'X-A', value: '1', enabled: true }] };
    expect(requestChanges(base, theirs)).toEqual(['URL: http://api.test/users/1 → http://api.test/users/2']);
    expect(requestChanges(base, mine)).toEqual(['Method: GET → DELETE', 'Headers: 0 rows → 1 rows']);
  });

  it('sees no change in the id alone, or in key order', () => {
    const copy = JSON.parse(JSON.stringify({ ...base, id: 'other' })) as typeof base;
    expect(sameSavedRequest(base, copy)).toBe(true);
    expect(requestChanges(base, copy)).toEqual([]);
    expect(sameSavedRequest(base, { ...base, examples: [] })).toBe(false);
    expect(requestChanges(base, { ...base, examples: [] })).toEqual(['Other details changed']);
  });
});
