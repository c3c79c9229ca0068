/** Base64 of bytes, without building one giant intermediate string of char codes. */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let out = '';
  // A multiple of 3 so that each slice encodes on its own without padding in the middle.
  const step = 3 * 8192;
  for (let i = 0; i < bytes.length; i += step) {
    const slice = bytes.subarray(i, i + step);
    let binary = '';
    for (let j = 0; j < slice.length; j++) binary += String.fromCharCode(slice[j]!);
    out += btoa(binary);
  }
  return out;
}
