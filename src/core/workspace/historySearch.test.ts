import { describe, expect, it } from 'vitest';
import { parseHistoryQuery, searchHistory } from './historySearch';
import { groupHistoryByDay, sortHeadsNewestFirst } from './historyDays';
import type { HistoryHead } from '../model';

const head = (id: string, method: string, url: string, status?: number, createdAt = 0): HistoryHead => ({
  schemaVersion: 2,
  id,
  createdAt,
  method,
  url,
  ...(status !== undefined ? { status } : {}),
});

const heads = [
  head('1', 'GET', 'https://api.test/books?page=2', 200),
  head('2', 'POST', 'https://api.test/books', 201),
  head('3', 'DELETE', 'https://api.test/books/7', 404),
  head('4', 'PROPFIND', 'https://dav.test/Files', 207),
  head('5', 'GET', 'https://down.test/', undefined),
];

const ids = (text: string) => searchHistory(heads, text).map((h) => h.id);

describe('history search', () => {
  it('returns everything for an empty search', () => expect(ids('  ')).toEqual(['1', '2', '3', '4', '5']));
  it('matches URL text case-insensitively', () => expect(ids('BOOKS')).toEqual(['1', '2', '3']));
  it('filters by method', () => expect(ids('get')).toEqual(['1', '5']));
  it('filters by custom method', () => expect(ids('method:propfind')).toEqual(['4']));
  it('filters by exact status', () => expect(ids('404')).toEqual(['3']));
  it('filters by status class', () => expect(ids('2xx')).toEqual(['1', '2', '4']));
  it('combines filters with AND', () => expect(ids('post books 2xx')).toEqual(['2']));
  it('url: forces a URL term', () => expect(ids('url:get')).toEqual([]));
  it('parses tokens', () =>
    expect(parseHistoryQuery('GET 5xx status:201 url:x y')).toEqual({
      methods: ['GET'],
      statuses: [201],
      statusClasses: [5],
      urlTerms: ['x', 'y'],
    }));
});

describe('history days', () => {
  it('groups newest first with day headers', () => {
    const now = new Date(2026, 10, 26, 12).getTime();
    const list = sortHeadsNewestFirst([
      head('old', 'GET', 'u', 200, new Date(2026, 10, 20, 9).getTime()),
      head('today', 'GET', 'u', 200, now - 1000),
      head('yesterday', 'GET', 'u', 200, now - 86_400_000),
    ]);
    const rows = groupHistoryByDay(list, now);
    expect(rows.map((r) => (r.type === 'day' ? `#${r.label}:${r.count}` : r.head.id))).toEqual([
      '#Today:1',
      'today',
      '#Yesterday:1',
      'yesterday',
      '#Fri, Nov 20, 2026:1',
      'old',
    ]);
  });
});
