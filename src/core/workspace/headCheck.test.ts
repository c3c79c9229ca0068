import { describe, expect, it } from 'vitest';
import { historyHeadProblem } from './headCheck';
import { readRecord } from './migrations';
import { historyHeadSchema } from './recordSchemas';

const good = { schemaVersion: 2, id: 'h1', createdAt: 1_700_000_000_000, method: 'GET', url: 'https://x.test/a', status: 200, durationMs: 12 };

const cases: [string, Record<string, unknown>][] = [
  ['a full head', good],
  ['a head without response', { schemaVersion: 2, id: 'h2', createdAt: 5, method: 'POST', url: '' }],
  ['extra fields kept', { ...good, statusText: 'OK', sender: 'relay', errorCode: 'x' }],
  ['missing id', { ...good, id: undefined }],
  ['empty id', { ...good, id: '' }],
  ['numeric id', { ...good, id: 7 }],
  ['createdAt as string', { ...good, createdAt: '2026-01-01' }],
  ['createdAt NaN', { ...good, createdAt: Number.NaN }],
  ['createdAt infinite', { ...good, createdAt: Number.POSITIVE_INFINITY }],
  ['method missing', { ...good, method: undefined }],
  ['method null', { ...good, method: null }],
  ['url as object', { ...good, url: { href: 'x' } }],
  ['status as string', { ...good, status: '200' }],
  ['status null', { ...good, status: null }],
  ['durationMs as string', { ...good, durationMs: '12' }],
  ['schemaVersion missing', { ...good, schemaVersion: undefined }],
];

describe('historyHeadProblem', () => {
  it.each(cases)('agrees with historyHeadSchema: %s', (_name, record) => {
    const zodOk = historyHeadSchema.safeParse(record).success;
    const problem = historyHeadProblem(record);
    expect(problem === null).toBe(zodOk);
  });

  it('names the field that is wrong', () => {
    expect(historyHeadProblem({ ...good, url: 3 })).toMatch(/^url:/);
    expect(historyHeadProblem({ ...good, status: 'x' })).toMatch(/^status:/);
  });

  it('readRecord refuses a head that is not a valid head, with the reason', () => {
    const result = readRecord('historyHead', { schemaVersion: 2, id: 'h', createdAt: 1, method: 'GET' });
    expect(result).toEqual({ ok: false, reason: 'url: expected a string' });
    expect(readRecord('historyHead', 'not a record').ok).toBe(false);
    expect(readRecord('historyHead', { ...good, schemaVersion: 99 }).ok).toBe(false);
  });

  it('readRecord still upgrades a v1 head and accepts a current one unchanged', () => {
    const v1 = readRecord('historyHead', { schemaVersion: 1, id: 'h', createdAt: 1, method: 'GET', url: 'u', time: 4 });
    expect(v1).toMatchObject({ ok: true, migrated: true, value: { schemaVersion: 2, durationMs: 4 } });
    expect(readRecord('historyHead', good)).toEqual({ ok: true, migrated: false, value: good });
  });
});
