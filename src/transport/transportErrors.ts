import type { TransportError } from '../core/model';

/** Beginner sentences for failures the page itself detects (the relay writes its own). */
export const transportErrors = {
  aborted: (): TransportError => ({ code: 'ABORTED', message: 'You cancelled the request before the answer arrived.' }),
  timeout: (ms: number): TransportError => ({
    code: 'TIMEOUT',
    message: `The server did not answer within ${ms} ms, the timeout set for this request.`,
  }),
  cors: (origin: string, detail?: string): TransportError => ({
    code: 'CORS',
    message:
      'The server answered, but your browser hid the answer because of CORS: the server did not allow this page ' +
      `(${origin}) to read it. The server would have to send Access-Control-Allow-Origin (and answer the preflight ` +
      'for non-simple requests). The Local relay is not a browser page, so CORS does not apply to it.',
    ...(detail ? { detail } : {}),
  }),
  unreachable: (detail?: string): TransportError => ({
    code: 'UNREACHABLE',
    message:
      'Your browser could not reach the server: nothing answered at that address. It may be down, the host or ' +
      'port may be wrong, or something on the network blocked it.',
    ...(detail ? { detail } : {}),
  }),
  forbiddenMethod: (method: string): TransportError => ({
    code: 'INVALID_REQUEST',
    message: `Browsers refuse to send the ${method} method from a page. Send it through the Local relay.`,
  }),
  relayUnavailable: (detail?: string): TransportError => ({
    code: 'RELAY_UNAVAILABLE',
    message:
      "The local relay did not answer. Reqlab's server may have stopped: start it again with `npm start`, or send " +
      'through the browser instead.',
    ...(detail ? { detail } : {}),
  }),
  relayBroken: (detail: string): TransportError => ({
    code: 'UNKNOWN',
    message: 'The local relay sent back something Reqlab could not read.',
    detail,
  }),
};
