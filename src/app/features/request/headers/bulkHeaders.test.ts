import { describe, expect, it } from 'vitest';
import { newKeyValue } from '../../../../core/model';
import { bulkToHeaders, headersToBulk } from './bulkHeaders';

describe('bulk header editing', () => {
  it('round-trips names, values with colons and disabled rows', () => {
    const rows = [newKeyValue('Accept', 'application/json'), newKeyValue('X-Time', '12:30:00'), newKeyValue('X-Off', '1', false)];
    const text = headersToBulk(rows);
    expect(text).toBe('Accept: application/json\nX-Time: 12:30:00\n// X-Off: 1');
    const back = bulkToHeaders(text, rows);
    expect(back.map((r) => [r.key, r.value, r.enabled])).toEqual([
      ['Accept', 'application/json', true],
      ['X-Time', '12:30:00', true],
      ['X-Off', '1', false],
    ]);
    expect(back[0]!.id).toBe(rows[0]!.id);
  });

  it('skips blank lines and accepts a name without a value', () => {
    expect(bulkToHeaders('\nX-Empty\n\n  A :  b  \n').map((r) => [r.key, r.value])).toEqual([
      ['X-Empty', ''],
      ['A', 'b'],
    ]);
  });
});
