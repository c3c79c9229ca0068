/** Downloads bytes as a file: a Blob URL and a temporary <a download>, nothing goes over the network. */
export function saveBytes(bytes: Uint8Array, filename: string, type: string | undefined): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: type || 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; keep it a little for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies text, or a big body as a Blob so the page never decodes it into one giant string.
 * Resolves with a sentence for the person.
 */
export async function copyBody(source: { text: string } | { bytes: Uint8Array }): Promise<string> {
  if (!navigator.clipboard) throw new Error('This browser does not allow the page to use the clipboard.');
  if ('text' in source) {
    await navigator.clipboard.writeText(source.text);
    return 'Copied.';
  }
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    const blob = new Blob([source.bytes as BlobPart], { type: 'text/plain' });
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    return 'Copied the whole body.';
  }
  await navigator.clipboard.writeText(new TextDecoder().decode(source.bytes));
  return 'Copied the whole body.';
}
