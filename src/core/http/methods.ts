import type { MethodInfo } from '../model';
import { METHOD_TABLE } from './methodTable';
import { rfc } from './spec';
import { isValidMethodToken } from './methodRules';

export * from './methodRules';

export { METHOD_TABLE };

/** The methods defined by HTTP's core specifications (RFC 9110 and PATCH from RFC 5789). */
export const STANDARD_METHODS = METHOD_TABLE.filter((m) => m.status === 'standard').map((m) => m.method);

const byName = new Map(METHOD_TABLE.map((m) => [m.method, m]));

/** Explains any method token: a known one, a custom one, or one that is not a valid token at all. */
export function describeMethod(token: string): MethodInfo {
  const known = byName.get(token);
  if (known) return known;

  if (!isValidMethodToken(token)) {
    return {
      method: token,
      status: 'invalid',
      safe: false,
      idempotent: false,
      cacheable: 'no',
      requestBody: 'unknown',
      responseBody: 'unknown',
      promise: 'This is not a valid method name.',
      description:
        token === ''
          ? 'A request needs a method. Type one such as GET or POST.'
          : 'Method names are "tokens": letters, digits and a few symbols (! # $ % & \' * + - . ^ _ ` | ~), with no spaces, quotes, slashes or other separators. Servers and clients reject anything else.',
      notes: [],
      spec: rfc(9110, '9.1'),
    };
  }

  const sameLetters = byName.get(token.toUpperCase());
  const notes = [
    'Reqlab sends it exactly as typed.',
    'A server that does not know it should answer 501 Not Implemented, or 405 Method Not Allowed if it knows it but not for this URL.',
  ];
  if (sameLetters) {
    notes.unshift(
      `Method names are case-sensitive: "${token}" is not ${sameLetters.method}. Browsers upper-case only GET, HEAD, POST, PUT, DELETE and OPTIONS.`,
    );
  }
  return {
    method: token,
    status: 'custom',
    // Nothing can be assumed about an unknown method, so clients and caches must treat it as unsafe.
    safe: false,
    idempotent: false,
    cacheable: 'no',
    requestBody: 'unknown',
    responseBody: 'unknown',
    promise: 'Not a standard method: its meaning is whatever this server gives it.',
    description:
      'HTTP lets servers define their own methods. Clients, proxies and caches know nothing about this one, so they treat it as neither safe nor idempotent and will not retry or cache it.',
    notes,
    spec: rfc(9110, '9.1'),
  };
}

/** Plain words for the method card's yes/no rows. */
export function requestBodyLabel(use: MethodInfo['requestBody']): string {
  switch (use) {
    case 'meaningful':
      return 'Yes: the body is what the request is about';
    case 'no-defined-semantics':
      return 'Allowed, but it has no defined meaning and servers may ignore or reject it';
    case 'not-allowed':
      return 'No: the specification says not to send one';
    case 'unknown':
      return 'Unknown: depends on the server';
  }
}

export function responseBodyLabel(use: MethodInfo['responseBody']): string {
  switch (use) {
    case 'yes':
      return 'Yes';
    case 'optional':
      return 'Optional: the server may answer with or without one';
    case 'no':
      return 'No';
    case 'unknown':
      return 'Unknown: depends on the server';
  }
}

export function cacheableLabel(c: MethodInfo['cacheable']): string {
  switch (c) {
    case 'yes':
      return 'Yes';
    case 'conditional':
      return 'Only with explicit freshness information (rarely done)';
    case 'no':
      return 'No';
    case 'unknown':
      return 'Unknown';
  }
}
