import type { HistoryHead } from '../model';

const KNOWN_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT']);

export interface HistoryQuery {
  methods: string[];
  /** Exact statuses and classes (4 for 4xx). */
  statuses: number[];
  statusClasses: number[];
  /** Lowercased text that must all appear in the URL. */
  urlTerms: string[];
}

/**
 * Parses a search box text. Tokens: a method name (`get`, `method:PROPFIND`), a status (`404`,
 * `4xx`, `status:201`), `url:<text>`; any other token must appear in the URL. Case-insensitive.
 */
export function parseHistoryQuery(text: string): HistoryQuery {
  const query: HistoryQuery = { methods: [], statuses: [], statusClasses: [], urlTerms: [] };
  for (const token of text.trim().split(/\s+/)) {
    if (!token) continue;
    const lower = token.toLowerCase();
    if (lower.startsWith('url:')) {
      if (lower.length > 4) query.urlTerms.push(lower.slice(4));
    } else if (lower.startsWith('method:')) {
      if (lower.length > 7) query.methods.push(token.slice(7).toUpperCase());
    } else if (lower.startsWith('status:')) {
      if (!addStatus(query, lower.slice(7))) query.urlTerms.push(lower);
    } else if (KNOWN_METHODS.has(token.toUpperCase())) {
      query.methods.push(token.toUpperCase());
    } else if (!addStatus(query, lower)) {
      query.urlTerms.push(lower);
    }
  }
  return query;
}

function addStatus(query: HistoryQuery, token: string): boolean {
  if (/^[1-5]\d\d$/.test(token)) {
    query.statuses.push(Number(token));
    return true;
  }
  if (/^[1-5]xx$/.test(token)) {
    query.statusClasses.push(Number(token[0]));
    return true;
  }
  return false;
}

export function matchesHistoryQuery(head: HistoryHead, query: HistoryQuery): boolean {
  if (query.methods.length > 0 && !query.methods.includes(head.method.toUpperCase())) return false;
  if (query.statuses.length > 0 || query.statusClasses.length > 0) {
    const status = head.status;
    if (status === undefined) return false;
    if (!query.statuses.includes(status) && !query.statusClasses.includes(Math.floor(status / 100))) return false;
  }
  if (query.urlTerms.length > 0) {
    const url = head.url.toLowerCase();
    for (const term of query.urlTerms) if (!url.includes(term)) return false;
  }
  return true;
}

/** Heads matching the search text, in the given order (an empty text returns the input). */
export function searchHistory(heads: readonly HistoryHead[], text: string): readonly HistoryHead[] {
  const query = parseHistoryQuery(text);
  if (query.methods.length + query.statuses.length + query.statusClasses.length + query.urlTerms.length === 0) {
    return heads;
  }
  return heads.filter((head) => matchesHistoryQuery(head, query));
}
