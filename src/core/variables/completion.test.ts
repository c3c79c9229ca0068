import { describe, expect, it } from 'vitest';
import { applyCompletion, completionContext, completionOptions } from './completion';
import { buildVariableLookup } from './lookup';

const v = (key: string, value = 'x') => ({ id: key, key, value, enabled: true, secret: false });
const lookup = buildVariableLookup({ globals: [v('token')], collection: [[v('baseUrl')]], environment: [v('apiBase'), v('user')] });

describe('variable completion', () => {
  it('opens after {{ and follows the partial name up to the caret', () => {
    expect(completionContext('https://{{', 10)).toEqual({ from: 10, to: 10, prefix: '' });
    expect(completionContext('https://{{ba', 12)).toEqual({ from: 10, to: 12, prefix: 'ba' });
    expect(completionContext('{{done}}/x', 10)).toBeNull();
    expect(completionContext('{{a b', 5)).toBeNull();
    expect(completionContext('plain', 5)).toBeNull();
  });

  it('offers names that start with the prefix first, then those that contain it', () => {
    expect(completionOptions(lookup, 'us').map((e) => e.name)).toEqual(['user']);
    expect(completionOptions(lookup, 'base').map((e) => e.name)).toEqual(['baseUrl', 'apiBase']);
    expect(completionOptions(lookup, '').map((e) => e.name)).toEqual(['apiBase', 'baseUrl', 'token', 'user']);
    expect(completionOptions(lookup, 'base')[0]!.source).toBe('collection');
  });

  it('inserts the name and closes it once', () => {
    const open = completionContext('{{ba/users', 4)!;
    expect(applyCompletion('{{ba/users', open, 'baseUrl')).toEqual({ text: '{{baseUrl}}/users', caret: 11 });
    const closed = completionContext('{{ba}}/users', 4)!;
    expect(applyCompletion('{{ba}}/users', closed, 'baseUrl')).toEqual({ text: '{{baseUrl}}/users', caret: 11 });
  });
});
