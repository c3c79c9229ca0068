/** Body bytes as text when they are UTF-8, else as base64 (flagged). */
export function bytesText(bytes: Uint8Array): { text: string; base64: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), base64: false };
  } catch {
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { text: btoa(bin), base64: true };
  }
}
