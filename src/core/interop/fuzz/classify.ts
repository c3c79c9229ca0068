import { decodeText } from '../decodeText';
import { importAny } from '../importAny';
import { ImportError } from '../importError';

export type Outcome = 'imported' | 'refused' | 'crashed';

/** What the app and the CLI do with a file: decode its bytes, import, or refuse with an ImportError. */
export function importOutcome(input: string | Uint8Array): { outcome: Outcome; ms: number; error?: unknown } {
  const t0 = performance.now();
  try {
    importAny(typeof input === 'string' ? input : decodeText(input));
    return { outcome: 'imported', ms: performance.now() - t0 };
  } catch (error) {
    return { outcome: error instanceof ImportError ? 'refused' : 'crashed', ms: performance.now() - t0, error };
  }
}
