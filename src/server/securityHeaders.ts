/**
 * The app page's own policy. Scripts only from the app's origin (no inline script, no eval),
 * no plugins, no <base> tricks, and no framing by other sites (clickjacking). Requests may go
 * anywhere (`connect-src`): sending them is what the Browser sender is for. Images, styles, fonts
 * and media may come from anywhere only because an HTML preview inherits this policy and the
 * person may choose to load its remote content; the preview adds its own stricter policy.
 * 'wasm-unsafe-eval' lets the script engine's WebAssembly compile; it does not allow eval().
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src * data: blob:",
  "img-src * data: blob:",
  "style-src 'self' 'unsafe-inline' *",
  "font-src 'self' data: *",
  "media-src * data: blob:",
  "frame-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const APP_PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': APP_CSP,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
