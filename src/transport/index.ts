import type { FileRef, SenderId } from '../core/model';
import { loadOnce } from '../core/async/loadOnce';
import { readRelayToken } from './relayToken';
import type { CookieJarAccess, Sender } from './sender';

export { headersDroppedByBrowser } from './browserDroppedHeaders';
export { readMaxRequestBytes } from './relayToken';
export { SendError } from './sender';
export type { CookieJarAccess, Sender, SendProgress, SenderCapabilities } from './sender';

/** True when the page was served by Reqlab's server, which writes the relay secret into it. */
export function relayAvailable(): boolean {
  return readRelayToken() !== null;
}

let cookieJar: CookieJarAccess | null = null;
let fileBlob: (ref: FileRef) => Blob | undefined = () => undefined;

/** The app hands the relay sender its cookie jar (IndexedDB) once at start-up. */
export function setCookieJarAccess(access: CookieJarAccess | null): void {
  cookieJar = access;
}

/** The app's picked files, so that a binary body is sent from its File (streamed from disk). */
export function setFileBlobs(lookup: (ref: FileRef) => Blob | undefined): void {
  fileBlob = lookup;
}

/** The senders' code is fetched on first use (or when the page is idle), to keep the entry small. The browser sender carries axios. */
const loadBrowserSender = loadOnce(() => import('./BrowserSender').then((m) => new m.BrowserSender()));
/** The relay sender carries its frame reader and protocol. */
const loadRelaySender = loadOnce(() =>
  import('./RelaySender').then((m) => new m.RelaySender(readRelayToken, () => cookieJar, (ref) => fileBlob(ref))),
);

export function loadSender(id: SenderId): Promise<Sender> {
  return id === 'relay' ? loadRelaySender() : loadBrowserSender();
}

/** Fetches the lazy sender code ahead of the first send, so that send is not slower. */
export function prewarmSenders(): void {
  // A failed fetch is tried again on first use.
  void loadBrowserSender().catch(() => undefined);
  if (relayAvailable()) void loadRelaySender().catch(() => undefined);
}

/** The senders this page can use, the preferred one first. */
export async function getAvailableSenders(): Promise<Sender[]> {
  return relayAvailable() ? [await loadSender('relay'), await loadSender('browser')] : [await loadSender('browser')];
}

/** Relay when the page has one, else the browser; an explicit choice of the relay falls back when there is none. */
export function resolveSenderId(choice: 'default' | SenderId): SenderId {
  if (choice === 'browser') return 'browser';
  return relayAvailable() ? 'relay' : 'browser';
}
