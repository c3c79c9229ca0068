/**
 * Reads a response body stream to its end into one buffer, reporting the bytes so far after each
 * chunk. With a declared length (an unencoded body) the buffer is made once at that size and
 * filled in place, so a 200 MB body is held once, not as chunks and then again as their join.
 */
/** Above this a body is read as chunks and joined: a hostile Content-Length must not reserve gigabytes. */
const PREALLOCATE_MAX_BYTES = 512 * 1024 * 1024;

export async function readBody(
  stream: ReadableStream<Uint8Array>,
  declaredLength: number | undefined,
  onProgress?: (loaded: number) => void,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const preallocate = declaredLength !== undefined && declaredLength <= PREALLOCATE_MAX_BYTES;
  let buffer = new Uint8Array(preallocate ? declaredLength : 0);
  let chunks: Uint8Array[] | undefined = preallocate ? undefined : [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!chunks && loaded + value.byteLength > buffer.byteLength) {
      // More than was declared: keep what came, and collect the rest as chunks.
      chunks = [buffer.subarray(0, loaded)];
    }
    if (chunks) chunks.push(value);
    else buffer.set(value, loaded);
    loaded += value.byteLength;
    onProgress?.(loaded);
  }
  if (!chunks) return loaded === buffer.byteLength ? buffer : buffer.subarray(0, loaded);
  if (chunks.length === 1) return chunks[0]!;
  buffer = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    buffer.set(chunk, at);
    at += chunk.byteLength;
  }
  return buffer;
}
