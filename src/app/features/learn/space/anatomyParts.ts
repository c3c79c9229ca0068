import type { EditorPlace } from './jumpToEditor';

export interface PartInfo {
  label: string;
  explain: string;
  place: EditorPlace;
}

/** What each part of an exchange is, in a sentence, and which editor control sets it. */
export const ANATOMY: Record<string, PartInfo> = {
  method: { label: 'Method', place: 'method', explain: 'The method says what to do with the resource: GET reads, POST creates, PUT replaces, PATCH changes, DELETE removes.' },
  scheme: { label: 'Scheme', place: 'url', explain: 'The scheme says how to talk: http, or https for HTTP over TLS. It is not sent in the request line.' },
  host: { label: 'Host', place: 'url', explain: 'The host names the server. The client looks it up (DNS) and sends it again in the Host header, so one address can serve many sites.' },
  port: { label: 'Port', place: 'url', explain: 'The port picks the program on that machine; 80 for http and 443 for https are left out of URLs.' },
  path: { label: 'Path', place: 'url', explain: 'The path names the resource on the server. It is the first thing in the request line after the method.' },
  query: { label: 'Query', place: 'params', explain: 'The query adds name=value pairs after ?, joined by &. It travels in the request line with the path.' },
  fragment: { label: 'Fragment', place: 'url', explain: 'The fragment after # is for the client only: it is never sent to the server. Look: the lab did not receive it.' },
  version: { label: 'Version', place: 'response', explain: 'The protocol version. HTTP/1.1 is text on the wire; HTTP/2 and 3 carry the same meaning in binary frames.' },
  requestHeaders: { label: 'Request headers', place: 'headers', explain: 'Headers add facts about the request: what it accepts, what the body is, who is asking. One name: value per line.' },
  requestBody: { label: 'Request body', place: 'body', explain: 'The body carries data to the server, for POST, PUT and PATCH. Content-Type says what it is.' },
  status: { label: 'Status code', place: 'response', explain: 'Three digits for programs: the first says the class (2 success, 3 look elsewhere, 4 your mistake, 5 the server’s).' },
  reason: { label: 'Reason phrase', place: 'response', explain: 'Words for people. Clients must not depend on them; HTTP/2 dropped them.' },
  responseHeaders: { label: 'Response headers', place: 'response', explain: 'Facts about the answer: its type and length, how long it may be cached, where something new lives.' },
  responseBody: { label: 'Response body', place: 'response', explain: 'The representation itself. Its format is in Content-Type, its size in Content-Length.' },
};
