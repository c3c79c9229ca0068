/**
 * What an HTML preview may load. The preview is a sandboxed frame (no scripts, opaque origin);
 * this policy also keeps it from contacting any host, so a server cannot learn that its answer
 * was looked at, nor probe the intranet through image or style URLs. Remote content is the
 * person's choice, per response, as in a mail client; scripts, frames and plugins stay off.
 */
export function previewPolicy(remote: boolean): string {
  const from = remote ? "* data: blob:" : 'data:';
  return [
    "default-src 'none'",
    `img-src ${from}`,
    `style-src 'unsafe-inline' ${from}`,
    `font-src ${from}`,
    `media-src ${from}`,
    "script-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Put first, so the policy is in force before any of the response's own markup is parsed. */
export function withPreviewPolicy(html: string, remote: boolean): string {
  const policy = previewPolicy(remote).replace(/"/g, '&quot;');
  return `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}"><meta name="referrer" content="no-referrer">${html}`;
}

/** SVG can carry script: shown through a data: URL, whose origin is opaque even when opened in a tab. */
export function isScriptableImage(essence: string): boolean {
  return essence === 'image/svg+xml' || essence.endsWith('+xml');
}
