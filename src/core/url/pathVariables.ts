import { newKeyValue, type KeyValue } from '../model';
import { encodePathSegment } from './percent';
import { splitAuthority, splitUrl } from './split';

/**
 * Path variables follow Postman's rule: a whole path segment that starts with `:` (`/books/:id`).
 * The host's `:port` is not a path segment, so it never counts.
 */
export function pathVariableNames(url: string): string[] {
  const { path } = splitAuthority(splitUrl(url).base);
  const names: string[] = [];
  for (const segment of path.split('/')) {
    if (segment.length > 1 && segment.startsWith(':')) {
      const name = segment.slice(1);
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** The path-variables table for a URL: existing rows keep their value and id, gone ones are dropped. */
export function extractPathVariables(url: string, existing: KeyValue[]): KeyValue[] {
  return pathVariableNames(url).map((name) => existing.find((row) => row.key === name) ?? newKeyValue(name, ''));
}

/**
 * Replaces `:name` segments with their values, each encoded as one segment (a `/` in a value
 * becomes `%2F`). A variable with an empty value stays as `:name`, as in Postman.
 */
export function substitutePathVariables(base: string, values: ReadonlyMap<string, string>): string {
  const { path } = splitAuthority(base);
  if (path === '') return base;
  const newPath = path
    .split('/')
    .map((segment) => {
      if (segment.length < 2 || !segment.startsWith(':')) return segment;
      const value = values.get(segment.slice(1));
      return value === undefined || value === '' ? segment : encodePathSegment(value);
    })
    .join('/');
  const prefix = base.slice(0, base.length - path.length);
  return prefix + newPath;
}
