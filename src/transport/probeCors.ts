/**
 * After a bare "Network Error", tells a CORS refusal from a server that is not there.
 * A no-cors fetch does not need the server's permission: an opaque response means the
 * server answered (so CORS hid it), a rejection means nothing answered.
 */
export async function probeCors(url: string, signal: AbortSignal, timeoutMs = 5000): Promise<boolean> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    await fetch(url, {
      method: 'HEAD',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: AbortSignal.any([signal, timeout]),
    });
    return true;
  } catch {
    return false;
  }
}
