import type { OAuth2Token, OAuth2TokenStore } from '../../../core/model';
import { keyValueDbOpener } from '../openKeyValueDb';

const DB = 'reqlab-oauth2';
const STORE = 'tokens';
const open = keyValueDbOpener(DB, 1, [STORE], 'OAuth 2.0 tokens');

/** Read once, then kept here: prepare asks for a token on every send and every code view. */
const cache = new Map<string, OAuth2Token>();
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();

function load(): Promise<void> {
  loaded ??= open()
    .then(
      (db) =>
        new Promise<void>((resolve) => {
          const request = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) return resolve();
            if (typeof cursor.key === 'string' && isToken(cursor.value)) cache.set(cursor.key, cursor.value);
            cursor.continue();
          };
          request.onerror = () => resolve();
        }),
    )
    .catch(() => undefined);
  return loaded;
}

/** A stored record is data from disk: only a well-formed token is believed. */
function isToken(value: unknown): value is OAuth2Token {
  const t = value as Partial<OAuth2Token> | null;
  return !!t && typeof t.accessToken === 'string' && typeof t.tokenType === 'string' && typeof t.obtainedAt === 'number' && (t.expiresAt === undefined || typeof t.expiresAt === 'number');
}

async function write(key: string, token: OAuth2Token | undefined): Promise<void> {
  if (token) cache.set(key, token);
  else cache.delete(key);
  for (const l of listeners) l();
  try {
    const db = await open();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      if (token) tx.objectStore(STORE).put(token, key);
      else tx.objectStore(STORE).delete(key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } catch {
    // The token still works for this page; it is only not kept for the next one.
  }
}

/**
 * OAuth 2.0 tokens, per auth configuration, in a database of their own: never in the workspace,
 * so no export, backup or shared collection carries them, and history masks them.
 */
export const appTokenStore: OAuth2TokenStore & { subscribe(listener: () => void): () => void; peek(key: string): OAuth2Token | undefined; all(): OAuth2Token[] } = {
  async get(key) {
    await load();
    return cache.get(key);
  },
  put: (key, token) => load().then(() => write(key, token)),
  delete: (key) => load().then(() => write(key, undefined)),
  peek: (key) => cache.get(key),
  all: () => [...cache.values()],
  subscribe(listener) {
    void load().then(listener);
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
