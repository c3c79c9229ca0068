/** The request target split by hand: `new URL` would read `//host/x` as a host and rewrite oddities we want to show. */
export interface Target {
  path: string;
  /** The query string exactly as received, without the `?`. */
  rawQuery: string;
  /** Path segments after `/sandbox`, percent-decoded. */
  segments: string[];
}

export function splitTarget(url: string): Target {
  const hash = url.indexOf('#');
  const withoutHash = hash === -1 ? url : url.slice(0, hash);
  const question = withoutHash.indexOf('?');
  const path = question === -1 ? withoutHash : withoutHash.slice(0, question);
  const rawQuery = question === -1 ? '' : withoutHash.slice(question + 1);
  const rest = path.slice('/sandbox'.length);
  const segments = rest.split('/').filter((segment) => segment !== '').map(safeDecode);
  return { path, rawQuery, segments };
}

export function isSandboxPath(url: string): boolean {
  const path = splitTarget(url).path;
  return path === '/sandbox' || path.startsWith('/sandbox/');
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Query pairs in order, repeats kept, each name and value percent-decoded.
 * `+` stays `+`: the echo shows what was sent, not what a form decoder would guess.
 */
export function parseQuery(rawQuery: string): [string, string][] {
  if (rawQuery === '') return [];
  return rawQuery
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      if (equals === -1) return [safeDecode(part), ''];
      return [safeDecode(part.slice(0, equals)), safeDecode(part.slice(equals + 1))];
    });
}

/** The last value of a query parameter (form semantics: `+` is a space), or undefined. */
export function queryParam(rawQuery: string, name: string): string | undefined {
  return new URLSearchParams(rawQuery).getAll(name).at(-1);
}
