import { rfc } from '../spec';
import type { StatusEntry } from './entry';

export const REDIRECT: StatusEntry[] = [
  {
    code: 300,
    reason: 'Multiple Choices',
    meaning: 'Several representations are available (languages, formats) and the server lets you pick one.',
    whatToDo: ['Look at the body or Link headers for the choices; a Location header marks the server\'s preferred one.'],
    spec: rfc(9110, '15.4.1'),
  },
  {
    code: 301,
    reason: 'Moved Permanently',
    meaning: 'The resource has a new permanent URL, given in Location. Update your links.',
    whatToDo: [
      'Follow Location and update saved URLs.',
      'Clients historically turn a POST into a GET when following 301; use 308 to keep the method.',
    ],
    spec: rfc(9110, '15.4.2'),
  },
  {
    code: 302,
    reason: 'Found',
    meaning: 'The resource is temporarily at the URL in Location; keep using the original URL.',
    whatToDo: [
      'Follow Location for this request only.',
      'Clients historically turn a POST into a GET when following 302; use 307 to keep the method.',
    ],
    spec: rfc(9110, '15.4.3'),
  },
  {
    code: 303,
    reason: 'See Other',
    meaning: 'Go and GET the URL in Location to see the result; typically the answer after a form POST.',
    whatToDo: ['Follow Location with GET (not the original method). This avoids re-submitting on reload.'],
    spec: rfc(9110, '15.4.4'),
  },
  {
    code: 304,
    reason: 'Not Modified',
    meaning: 'Your cached copy is still good: the condition in If-None-Match or If-Modified-Since says nothing changed. No body is sent.',
    whatToDo: ['Reuse the cached body. Browsers do this silently; you only see 304 when you send the conditional header yourself.'],
    spec: rfc(9110, '15.4.5'),
  },
  {
    code: 305,
    reason: 'Use Proxy',
    meaning: 'Meant to say "use the proxy in Location". Deprecated for security reasons: clients ignore it.',
    whatToDo: ['Do not follow it. Treat it as an error.'],
    deprecated: true,
    spec: rfc(9110, '15.4.6'),
  },
  {
    code: 306,
    reason: '(Unused)',
    meaning: 'Reserved. It was once "Switch Proxy" in an early draft and is no longer used.',
    whatToDo: ['A server should not send it; treat it like 300.'],
    nickname: 'Switch Proxy',
    note: 'Reserved in the registry so it is never given a new meaning.',
    spec: rfc(9110, '15.4.7'),
  },
  {
    code: 307,
    reason: 'Temporary Redirect',
    meaning: 'The resource is temporarily at the URL in Location; repeat the same request (same method and body) there.',
    whatToDo: ['Follow Location with the same method and body; keep using the original URL next time.'],
    spec: rfc(9110, '15.4.8'),
  },
  {
    code: 308,
    reason: 'Permanent Redirect',
    meaning: 'The resource moved for good to the URL in Location; repeat the same request (same method and body) there.',
    whatToDo: ['Follow Location with the same method and body, and update saved URLs.'],
    spec: rfc(9110, '15.4.9'),
  },
];
