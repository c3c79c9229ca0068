/** Where the authorization server sends the person back: a page of Reqlab's own server. */
export const OAUTH2_CALLBACK_PATH = '/oauth/callback';
/**
 * The callback page hands the answer to the page that asked on this channel. Not window.opener:
 * the server's own page (another origin, or one with a different opener policy) cuts that link.
 */
export const OAUTH2_CHANNEL = 'reqlab-oauth2-callback';

export interface OAuth2CallbackMessage {
  query: string;
  /** The implicit grant's token comes in the fragment, which only the page itself can read. */
  hash: string;
}

export function defaultRedirectUri(): string {
  return `${globalThis.location?.origin ?? 'http://127.0.0.1'}${OAUTH2_CALLBACK_PATH}`;
}

/** The first answer that arrives, or a rejection when `signal` aborts. */
export function nextCallback(signal: AbortSignal): Promise<OAuth2CallbackMessage> {
  return new Promise((resolve, reject) => {
    const channel = new BroadcastChannel(OAUTH2_CHANNEL);
    const stop = () => channel.close();
    channel.onmessage = (event: MessageEvent<OAuth2CallbackMessage>) => {
      if (typeof event.data?.query !== 'string') return;
      stop();
      resolve({ query: event.data.query, hash: typeof event.data.hash === 'string' ? event.data.hash : '' });
    };
    signal.addEventListener('abort', () => {
      stop();
      reject(new Error('Sign-in cancelled.'));
    });
  });
}
