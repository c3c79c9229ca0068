import { variableTokenLength } from './percent';
import { hasScheme, splitAuthority, splitUrl } from './split';

export type UrlCheck = { ok: true } | { ok: false; message: string };

/**
 * The rule for the URL field:
 * - surrounding spaces are ignored; an empty URL is refused;
 * - `{{variables}}` may stand anywhere (host, port, path …): they are checked after resolution;
 * - without `scheme://` the URL is sent as `http://` (Postman's rule); a URL that starts with a
 *   variable is expected to carry its scheme in it, and gets `http://` only if it does not;
 * - only http and https are sent;
 * - the host must be present and may not contain spaces or `<>"{}|\^\``;
 * - a port is a number from 1 to 65535;
 * - spaces and other characters in the path or query are fine: they are encoded when sending;
 * - a URL that starts with one `/` goes to the page's own server (`pageOrigin`), when there is one.
 */
export function validateUrl(input: string, pageOrigin?: string): UrlCheck {
  const url = input.trim();
  if (url === '') return fail('Enter a URL, for example https://example.com/path.');
  if (isServerRelative(url)) {
    if (pageOrigin) return validateUrl(`${pageOrigin}${url}`);
    return fail('The URL has no host: a URL that starts with / only has one inside the app; write it, for example http://localhost:3000/path.');
  }
  const unclosed = findUnclosedVariable(url);
  if (unclosed !== null) return fail(`The variable "${unclosed}" is not closed: add "}}" after its name.`);

  const schemeLike = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/)?/.exec(url);
  if (schemeLike && schemeLike[2]) {
    const scheme = schemeLike[1]!.toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') {
      return fail(`"${schemeLike[1]}://" is not supported: Reqlab sends HTTP requests, so use http:// or https://.`);
    }
  } else if (schemeLike && /^https?$/i.test(schemeLike[1]!) && !/^\d/.test(url.slice(schemeLike[0].length))) {
    return fail(`Write two slashes after "${schemeLike[1]}:", like ${schemeLike[1]}://example.com.`);
  }

  const base = splitUrl(url).base;
  const { authority } = splitAuthority(hasScheme(base) || base.startsWith('//') ? base : `//${base}`);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostPort === '') return fail('The URL has no host: write one, for example http://localhost:3000/path.');
  return checkHostPort(hostPort);
}

function checkHostPort(hostPort: string): UrlCheck {
  let host = hostPort;
  let port: string | null = null;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) return fail('The IPv6 address is not closed: add "]".');
    host = hostPort.slice(0, close + 1);
    const rest = hostPort.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return fail(`Unexpected "${rest}" after the IPv6 address.`);
    if (rest !== '') port = rest.slice(1);
    if (!/^\[[0-9A-Fa-f:.]+\]$/.test(host)) return fail(`"${host}" is not a valid IPv6 address.`);
  } else {
    const colon = lastColonOutsideVariables(hostPort);
    if (colon >= 0) {
      host = hostPort.slice(0, colon);
      port = hostPort.slice(colon + 1);
    }
  }
  const plainHost = withoutVariables(host);
  if (plainHost === '') return fail('The URL has no host: write one, for example http://localhost:3000/path.');
  if (/\s/.test(plainHost)) return fail(`The host "${host}" contains a space.`);
  const bad = /[<>"{}|\\^`%]/.exec(plainHost);
  if (bad) return fail(`The host "${host}" contains "${bad[0]}", which a host name cannot contain.`);
  // An empty port (`host:/`) means the default one, as in WHATWG URL.
  if (port !== null && port !== '' && !port.includes('{{')) {
    if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
      return fail(`The port "${port}" is not valid: use a number from 1 to 65535.`);
    }
  }
  return { ok: true };
}

/** `/path`, not `//host/path`: a path on the server that served the page. */
export function isServerRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

function fail(message: string): UrlCheck {
  return { ok: false, message };
}

function withoutVariables(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const len = variableTokenLength(text, i);
    if (len > 0) {
      out += 'v';
      i += len;
    } else out += text[i++];
  }
  return out;
}

function lastColonOutsideVariables(text: string): number {
  let last = -1;
  for (let i = 0; i < text.length; ) {
    const len = variableTokenLength(text, i);
    if (len > 0) i += len;
    else {
      if (text[i] === ':') last = i;
      i++;
    }
  }
  return last;
}

/** The text of the first `{{` that never closes, or null. */
function findUnclosedVariable(text: string): string | null {
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
    const close = text.indexOf('}}', i + 2);
    if (close < 0) return text.slice(i, i + 20);
    const open = text.indexOf('{{', i + 2);
    if (open >= 0 && open < close) return text.slice(i, open);
    i = close;
  }
  return null;
}
