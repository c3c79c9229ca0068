import { describe, expect, it } from 'vitest';
import { parseIterationData } from './iterationData';

describe('iteration data, read as newman reads it', () => {
  it('reads CSV with a header row: unquoted numbers become numbers, quoted ones stay text', () => {
    expect(parseIterationData('\ufeffuser, n ,price\nada, 1 ,2.5\n"grace","2",x\n', 'users.csv')).toEqual([
      { user: 'ada', n: 1, price: 2.5 },
      { user: 'grace', n: '2', price: 'x' },
    ]);
  });
  it('reads a JSON array of objects, and says what is wrong with anything else', () => {
    expect(parseIterationData('[{"a":1},{"a":"x"}]', 'd.json')).toEqual([{ a: 1 }, { a: 'x' }]);
    expect(() => parseIterationData('{"a":1}', 'd.json')).toThrow('d.json: iteration data in JSON must be an array of objects, one per iteration');
    expect(() => parseIterationData('a,b\n"1,2\n', 'broken.csv')).toThrow(/^broken\.csv: neither a JSON array nor CSV with a header row/);
  });
});
