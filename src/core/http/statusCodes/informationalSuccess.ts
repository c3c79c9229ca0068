import { draft, rfc } from '../spec';
import type { StatusEntry } from './entry';

export const INFORMATIONAL: StatusEntry[] = [
  {
    code: 100,
    reason: 'Continue',
    meaning: 'An interim answer: the server has the headers and is willing to receive the body.',
    whatToDo: ['Keep sending the body; the final status follows. HTTP clients handle this for you (Expect: 100-continue).'],
    spec: rfc(9110, '15.2.1'),
  },
  {
    code: 101,
    reason: 'Switching Protocols',
    meaning: 'The server agrees to the Upgrade you asked for and switches this connection to another protocol, typically WebSocket.',
    whatToDo: ['Speak the new protocol on this connection. Expected for a WebSocket handshake.'],
    spec: rfc(9110, '15.2.2'),
  },
  {
    code: 102,
    reason: 'Processing',
    meaning: 'A WebDAV interim answer meaning "still working, do not time out". Later WebDAV specs dropped it.',
    whatToDo: ['Wait for the final response.'],
    note: 'Defined by RFC 2518, removed from RFC 4918; rarely sent today.',
    deprecated: true,
    spec: rfc(2518, '10.1'),
  },
  {
    code: 103,
    reason: 'Early Hints',
    meaning: 'An interim answer carrying Link headers so a browser can start preloading resources before the real response is ready.',
    whatToDo: ['Nothing: wait for the final response. Browsers may preload or preconnect from the hints.'],
    spec: rfc(8297, '2'),
  },
  {
    code: 104,
    reason: 'Upload Resumption Supported',
    meaning: 'An interim answer telling the client that this upload can be resumed if the connection breaks.',
    whatToDo: ['Remember the upload URL from the Location header so you can resume the upload later.'],
    note: 'Temporary registration for the resumable uploads draft; it may change or expire.',
    spec: draft('draft-ietf-httpbis-resumable-upload'),
  },
];

export const SUCCESS: StatusEntry[] = [
  {
    code: 200,
    reason: 'OK',
    meaning: 'The request worked. What the body contains depends on the method: the resource for GET, the result of the action for POST.',
    whatToDo: ['Use the body.'],
    spec: rfc(9110, '15.3.1'),
  },
  {
    code: 201,
    reason: 'Created',
    meaning: 'The request created one or more new resources. The Location header, when present, points to the new one.',
    whatToDo: ['Read the Location header to find the new resource.'],
    spec: rfc(9110, '15.3.2'),
  },
  {
    code: 202,
    reason: 'Accepted',
    meaning: 'The request was accepted for processing, but it has not finished (and might still fail). Typical for queued jobs.',
    whatToDo: ['Check the body or Location header for a way to follow the job\'s progress, then poll it.'],
    spec: rfc(9110, '15.3.3'),
  },
  {
    code: 203,
    reason: 'Non-Authoritative Information',
    meaning: 'The request worked, but a proxy in the middle changed the content it got from the origin server.',
    whatToDo: ['Use the body, knowing a transforming proxy altered it.'],
    spec: rfc(9110, '15.3.4'),
  },
  {
    code: 204,
    reason: 'No Content',
    meaning: 'The request worked and there is deliberately nothing to send back. The response has no body.',
    whatToDo: ['Nothing to read: treat it as success. Common after PUT or DELETE.'],
    spec: rfc(9110, '15.3.5'),
  },
  {
    code: 205,
    reason: 'Reset Content',
    meaning: 'The request worked; the client should reset the form or view that sent it (clear the inputs).',
    whatToDo: ['Clear the form that submitted the request. There is no body.'],
    spec: rfc(9110, '15.3.6'),
  },
  {
    code: 206,
    reason: 'Partial Content',
    meaning: 'The server sends only the part(s) you asked for with a Range header; Content-Range says which bytes these are.',
    whatToDo: ['Combine the part with the rest you already have, or request the next range.'],
    spec: rfc(9110, '15.3.7'),
  },
  {
    code: 207,
    reason: 'Multi-Status',
    meaning: 'A WebDAV answer holding several results at once, one status per resource, in an XML body.',
    whatToDo: ['Read each status inside the XML: some parts may have failed.'],
    spec: rfc(4918, '11.1'),
  },
  {
    code: 208,
    reason: 'Already Reported',
    meaning: 'Inside a WebDAV 207 body: this member was already listed earlier, so it is not repeated.',
    whatToDo: ['Nothing: look for the earlier entry of the same resource.'],
    spec: rfc(5842, '7.1'),
  },
  {
    code: 226,
    reason: 'IM Used',
    meaning: 'The server answered a GET with a delta (only the changes) instead of the whole resource, as the client allowed with A-IM.',
    whatToDo: ['Apply the delta to your cached copy.'],
    spec: rfc(3229, '10.4.1'),
  },
];
