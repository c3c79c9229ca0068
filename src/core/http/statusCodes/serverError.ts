import { rfc } from '../spec';
import type { StatusEntry } from './entry';

export const SERVER_ERROR: StatusEntry[] = [
  {
    code: 500,
    reason: 'Internal Server Error',
    meaning: 'Something unexpected went wrong on the server: usually a bug or an unhandled exception. Not your fault, as far as the server knows.',
    whatToDo: ['Retry once; if it persists, report it with the request (Raw tab) and any X-Request-Id header.'],
    spec: rfc(9110, '15.6.1'),
  },
  {
    code: 501,
    reason: 'Not Implemented',
    meaning: 'The server does not support what the request needs, typically a method it does not know at all.',
    whatToDo: ['Use a method the server supports; check the spelling and case of the method.'],
    spec: rfc(9110, '15.6.2'),
  },
  {
    code: 502,
    reason: 'Bad Gateway',
    meaning: 'A gateway or proxy (load balancer, CDN) got an invalid answer, or none, from the server behind it.',
    whatToDo: ['Retry after a moment; the application behind the proxy may be down or restarting.'],
    spec: rfc(9110, '15.6.3'),
  },
  {
    code: 503,
    reason: 'Service Unavailable',
    meaning: 'The server cannot handle the request right now: overloaded or down for maintenance. It should be temporary.',
    whatToDo: ['Wait as long as Retry-After says, then retry.'],
    spec: rfc(9110, '15.6.4'),
  },
  {
    code: 504,
    reason: 'Gateway Timeout',
    meaning: 'A gateway or proxy gave up waiting for the server behind it.',
    whatToDo: ['Retry later; if the operation is slow by nature, make it asynchronous (202 and polling).'],
    spec: rfc(9110, '15.6.5'),
  },
  {
    code: 505,
    reason: 'HTTP Version Not Supported',
    meaning: 'The server refuses the HTTP version used in the request.',
    whatToDo: ['Use HTTP/1.1, which every server understands.'],
    spec: rfc(9110, '15.6.6'),
  },
  {
    code: 506,
    reason: 'Variant Also Negotiates',
    meaning: 'A server configuration error in transparent content negotiation: the chosen variant itself negotiates, in a loop.',
    whatToDo: ['Report it to the server\'s operator; nothing to change on your side.'],
    spec: rfc(2295, '8.1'),
  },
  {
    code: 507,
    reason: 'Insufficient Storage',
    meaning: 'WebDAV: the server has no room left to store what the request needs.',
    whatToDo: ['Free space or ask the operator; retrying will not help until then.'],
    spec: rfc(4918, '11.5'),
  },
  {
    code: 508,
    reason: 'Loop Detected',
    meaning: 'WebDAV: the server found an infinite loop while processing a Depth: infinity request.',
    whatToDo: ['Use a smaller Depth or fix the bindings that form the loop.'],
    spec: rfc(5842, '7.2'),
  },
  {
    code: 510,
    reason: 'Not Extended (OBSOLETED)',
    meaning: 'From the experimental HTTP Extension Framework: the request lacked a required extension. That framework is now historic.',
    whatToDo: ['Treat it as a generic server error.'],
    deprecated: true,
    note: 'RFC 2774 was moved to Historic status; the registry marks this code obsoleted.',
    spec: rfc(2774, '7'),
  },
  {
    code: 511,
    reason: 'Network Authentication Required',
    meaning: 'A network in the middle (hotel or airport Wi-Fi, a captive portal) wants you to log in before you get online.',
    whatToDo: ['Open a browser and log in to the network, then retry.'],
    spec: rfc(6585, '6'),
  },
];
