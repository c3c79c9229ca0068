import { describe, expect, it } from 'vitest';
import { WORKSPACE_SCHEMA_VERSION, type HistoryHead } from '../model';
import { filterHistory, historyFacets, historyUrlParts, NO_HISTORY_FILTERS } from './historyView';

const head = (id: string, method: string, url: string, status?: number): HistoryHead => ({
  schemaVersion: WORKSPACE_SCHEMA_VERSION,
  id,
  createdAt: 0,
  method,
  url,
  ...(status === undefined ? {} : { status }),
});

const heads = [
  head('a', 'GET', 'http://127.0.0.1:5199/sandbox/books?page=2', 200),
  head('b', 'POST', 'http://127.0.0.1:5199/sandbox/books', 201),
  head('c', 'GET', 'https://api.example.com/users/7', 404),
  head('d', 'DELETE', 'https://api.example.com/users/7'),
];

describe('history view', () => {
  it('splits the host from the path and query', () => {
    expect(historyUrlParts('http://127.0.0.1:5199/sandbox/books?page=2')).toEqual({ host: '127.0.0.1:5199', path: '/sandbox/books?page=2' });
    expect(historyUrlParts('https://example.com')).toEqual({ host: 'example.com', path: '/' });
    expect(historyUrlParts('not a url')).toEqual({ host: '', path: 'not a url' });
  });

  it('filters by method, status class, no response, and host', () => {
    const ids = (f: Partial<typeof NO_HISTORY_FILTERS>) => filterHistory(heads, { ...NO_HISTORY_FILTERS, ...f }).map((h) => h.id);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ method: 'GET' })).toEqual(['a', 'c']);
    expect(ids({ status: '2' })).toEqual(['a', 'b']);
    expect(ids({ status: '4' })).toEqual(['c']);
    expect(ids({ status: 'error' })).toEqual(['d']);
    expect(ids({ host: 'api.example.com' })).toEqual(['c', 'd']);
    expect(ids({ host: 'api.example.com', method: 'GET', status: '4' })).toEqual(['c']);
  });

  it('offers the methods and hosts present, most used first', () => {
    expect(historyFacets(heads)).toEqual({ methods: ['GET', 'DELETE', 'POST'], hosts: ['127.0.0.1:5199', 'api.example.com'] });
  });
});
