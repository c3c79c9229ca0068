/** Sources of time and randomness, injectable so tests are exact. */
export interface DynamicSources {
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** A number in [0, 1). */
  random?: () => number;
}

export const DYNAMIC_VARIABLES = ['$guid', '$randomUUID', '$timestamp', '$isoTimestamp', '$randomInt'] as const;

export function isDynamicVariable(name: string): boolean {
  return (DYNAMIC_VARIABLES as readonly string[]).includes(name);
}

/** A fresh value for each occurrence, as Postman does; null when the name is not dynamic. */
export function dynamicValue(name: string, sources: DynamicSources): string | null {
  const now = sources.now ?? Date.now;
  switch (name) {
    case '$guid':
    case '$randomUUID':
      return uuidV4(sources.random);
    case '$timestamp':
      return String(Math.floor(now() / 1000));
    case '$isoTimestamp':
      return new Date(now()).toISOString();
    case '$randomInt':
      // Postman: an integer from 0 to 1000, both included.
      return String(Math.floor((sources.random ?? Math.random)() * 1001));
    default:
      return null;
  }
}

/** A version 4 UUID; from `random` when given (tests fix it), else from the platform's CSPRNG. */
export function uuidV4(random?: () => number): string {
  const bytes = new Uint8Array(16);
  if (random) for (let i = 0; i < 16; i++) bytes[i] = Math.floor(random() * 256) & 0xff;
  else globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
