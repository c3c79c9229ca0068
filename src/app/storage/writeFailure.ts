/** Why a save failed, in terms a person can act on. */
export type WriteFailureKind = 'quota' | 'unavailable' | 'other';

export class WriteFailure extends Error {
  override name = 'WriteFailure';
  readonly kind: WriteFailureKind;
  /** What was not saved: "History entry GET https://…", "Request "List books"". */
  readonly what: string;
  override readonly cause: unknown;
  constructor(what: string, cause: unknown) {
    const kind = classify(cause);
    super(`${what} was not saved: ${describeCause(kind, cause)}`);
    this.kind = kind;
    this.what = what;
    this.cause = cause;
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String((error as { name: unknown }).name);
  return '';
}

export function classify(error: unknown): WriteFailureKind {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota';
  if (name === 'StorageUnavailableError' || name === 'InvalidStateError' || name === 'UnknownError') return 'unavailable';
  return 'other';
}

function describeCause(kind: WriteFailureKind, error: unknown): string {
  if (kind === 'quota') return 'the browser says its storage for this site is full.';
  if (kind === 'unavailable') return 'the browser is not letting this page store data (private mode, or storage blocked).';
  const message = error instanceof Error ? error.message : String(error);
  return `the browser refused the write (${message || errorName(error) || 'unknown error'}).`;
}

/** What the person can do about it. */
export function adviceFor(kind: WriteFailureKind): string {
  if (kind === 'quota') {
    return 'Everything saved earlier is intact. Export a backup now, then clear old history to free space, and save again.';
  }
  if (kind === 'unavailable') {
    return 'Everything saved earlier is intact. Export a backup to keep this work; leaving private mode or allowing site storage lets Reqlab save again.';
  }
  return 'Everything saved earlier is intact. Try again; if it keeps failing, export a backup.';
}
