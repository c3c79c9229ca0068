import type { PreparedRequest } from '../../model';
import { bytesText } from '../bytesText';
import { authImports, commonKwargs, exactBody, lit, mergedHeaders, pyQuotePlus } from './pythonExact';
import { minifyJson, pythonJsonDumps, pythonLiteral } from './pythonLiteral';

const SHORTHANDS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

function decodeForm(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** `[key, value]` pairs as a dict when the keys are unique, else a list of pairs (requests takes both). */
function pairsLiteral(pairs: [string, string][]): string {
  const unique = new Set(pairs.map(([k]) => k)).size === pairs.length;
  if (unique) {
    const flat = `{${pairs.map(([k, v]) => `${lit(k)}: ${lit(v)}`).join(', ')}}`;
    return flat.length <= 60 ? flat : `{\n${pairs.map(([k, v]) => `    ${lit(k)}: ${lit(v)},`).join('\n')}\n}`;
  }
  return `[\n${pairs.map(([k, v]) => `    (${lit(k)}, ${lit(v)}),`).join('\n')}\n]`;
}

/** The URL without its query, and the query as pairs for `params=` (null: keep the URL whole). */
function splitQuery(url: string, notes: string[]): { base: string; params: [string, string][] | null } {
  const hash = url.indexOf('#');
  const withoutHash = hash < 0 ? url : url.slice(0, hash);
  const q = withoutHash.indexOf('?');
  if (q < 0 || q === withoutHash.length - 1) return { base: url, params: null };
  const raw = withoutHash.slice(q + 1);
  const pairs: [string, string][] = [];
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    const key = decodeForm(eq < 0 ? part : part.slice(0, eq));
    const value = decodeForm(eq < 0 ? '' : part.slice(eq + 1));
    if (key === null || value === null || key === '') return { base: url, params: null };
    pairs.push([key, value]);
  }
  const theirs = pairs.map(([k, v]) => `${pyQuotePlus(k)}=${pyQuotePlus(v)}`).join('&');
  if (theirs !== raw) notes.push(`requests encodes the query as ?${theirs} (Reqlab sent ?${raw}): the same parameters, other bytes.`);
  return { base: withoutHash.slice(0, q), params: pairs };
}

/** `user:password` from a Basic header, when requests' own `auth=(user, password)` would send the same header. */
function basicPair(value: string): [string, string] | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(value);
  if (!match) return null;
  let decoded: string;
  try {
    decoded = atob(match[1]!);
  } catch {
    return null;
  }
  // requests encodes str credentials as latin-1: only plain ASCII comes out the same as ours (UTF-8).
  if (!/^[\x20-\x7e]*$/.test(decoded)) return null;
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

function jsonBody(p: PreparedRequest, contentType: string | undefined): { value: unknown; text: string } | null {
  if (!p.body || p.bodyDescription.mode !== 'raw' || !contentType || !/[/+]json\b/i.test(contentType)) return null;
  const sent = bytesText(p.body);
  if (sent.base64) return null;
  try {
    const value: unknown = JSON.parse(sent.text);
    // Only when the value round-trips exactly: no 1.0 that would turn into 1, no duplicate keys, no big integers.
    return minifyJson(sent.text) === JSON.stringify(value) ? { value, text: sent.text } : null;
  } catch {
    return null;
  }
}

/** A note as `#` comment lines of at most about 88 characters (PEP 8's line length for code). */
function commentLines(note: string): string[] {
  const lines: string[] = [];
  let current = '#';
  for (const word of note.split(' ')) {
    if (current.length > 1 && current.length + word.length + 1 > 88) {
      lines.push(current);
      current = '#';
    }
    current += ` ${word}`;
  }
  return [...lines, current];
}

/**
 * Python `requests` code as a Python programmer writes it: `requests.get(url, params=…)`, `json=`
 * with a Python literal, `data=` with a dict for a form, `auth=(user, password)`, `response.json()`.
 * Where that would not send the very bytes Reqlab sends, a comment says what differs; the
 * "exact bytes" target (pythonExact) sends them unchanged.
 */
export function pythonRequests(p: PreparedRequest): string {
  const notes: string[] = [];
  const headers = mergedHeaders(p);
  const kwargs: string[] = [];
  const body: string[] = [];
  const { base, params } = splitQuery(p.url, notes);
  if (params) kwargs.push('params=params');

  const typeKey = [...headers.keys()].find((k) => k.toLowerCase() === 'content-type');
  const contentType = typeKey ? headers.get(typeKey) : undefined;
  const json = jsonBody(p, contentType);
  const d = p.bodyDescription;
  if (json) {
    if (contentType === 'application/json') headers.delete(typeKey!);
    body.push(`payload = ${pythonLiteral(json.value)}`, '');
    kwargs.push('json=payload');
    if (pythonJsonDumps(json.value) !== json.text) notes.push('requests writes this JSON on one line, as json.dumps does: the same value, other whitespace than the bytes Reqlab sent.');
  } else if (d.mode === 'urlencoded' && p.body) {
    if (contentType === 'application/x-www-form-urlencoded') headers.delete(typeKey!);
    body.push(`form = ${pairsLiteral(d.fields)}`, '');
    kwargs.push('data=form');
    const theirs = d.fields.map(([k, v]) => `${pyQuotePlus(k)}=${pyQuotePlus(v)}`).join('&');
    if (theirs !== bytesText(p.body).text) notes.push('requests encodes this form with + for spaces and its own escapes: the same fields, other bytes.');
  } else {
    exactBody(p, body, kwargs);
  }

  const authKey = [...headers.keys()].find((k) => k.toLowerCase() === 'authorization');
  const basic = authKey ? basicPair(headers.get(authKey)!) : null;
  if (basic) {
    headers.delete(authKey!);
    kwargs.push(`auth=(${lit(basic[0])}, ${lit(basic[1])})`);
  }
  if (headers.size) kwargs.unshift('headers=headers');
  commonKwargs(p, kwargs);
  const method = p.method.toUpperCase();
  // requests.head alone does not follow redirects by default; the others do.
  if (method === 'HEAD' ? p.followRedirects : !p.followRedirects) kwargs.push(`allow_redirects=${p.followRedirects ? 'True' : 'False'}`);

  const lines = ['import json', '', 'import requests'];
  lines.push(...authImports(p));
  lines.push('');
  if (notes.length) lines.push(...notes.flatMap(commentLines), '');
  lines.push(`url = ${lit(base)}`);
  if (params) lines.push(`params = ${pairsLiteral(params)}`);
  if (headers.size) lines.push(`headers = ${pairsLiteral([...headers])}`);
  lines.push('', ...body);
  const call = SHORTHANDS.has(method) && method === p.method ? `requests.${method.toLowerCase()}(${['url', ...kwargs].join(', ')})` : `requests.request(${[lit(p.method), 'url', ...kwargs].join(', ')})`;
  lines.push(`response = ${call}`, '', 'print(response.status_code)');
  if (method === 'HEAD') lines.push('print(response.headers)');
  else lines.push('if "json" in response.headers.get("Content-Type", ""):', '    print(json.dumps(response.json(), indent=2))', 'else:', '    print(response.text)');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
