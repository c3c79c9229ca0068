/**
 * Codes people meet in the wild that are NOT in the IANA registry. Shown as a hint on top of the
 * class explanation, never as if they were standard.
 */
export const UNOFFICIAL_USES: Record<number, string> = {
  419: 'Laravel uses 419 ("Page Expired") when a CSRF token is missing or expired.',
  420: 'Twitter\'s old API used 420 ("Enhance Your Calm") for rate limiting; today that is 429.',
  440: 'Microsoft IIS uses 440 ("Login Time-out") when a session expired.',
  444: 'nginx logs 444 when it closed the connection without answering at all.',
  460: 'AWS load balancers log 460 when the client closed the connection before the idle timeout.',
  494: 'nginx uses 494 when the request headers are too large.',
  495: 'nginx uses 495 when the client certificate is invalid.',
  496: 'nginx uses 496 when a required client certificate was not sent.',
  497: 'nginx uses 497 when plain HTTP was sent to an HTTPS port.',
  498: 'Some APIs (Esri ArcGIS) use 498 for an invalid or expired token.',
  499: 'nginx logs 499 when the client gave up and closed the connection before the answer was ready.',
  509: 'Shared hosts (cPanel) use 509 ("Bandwidth Limit Exceeded") when a site used up its traffic quota.',
  520: 'Cloudflare: the origin server returned something empty or unexpected.',
  521: 'Cloudflare: the origin server refused the connection (it is down or blocks Cloudflare).',
  522: 'Cloudflare: connecting to the origin server timed out.',
  523: 'Cloudflare: the origin server is unreachable (DNS or routing problem).',
  524: 'Cloudflare: the origin accepted the connection but took too long (over 100 s) to answer.',
  525: 'Cloudflare: the TLS handshake with the origin server failed.',
  526: 'Cloudflare: the origin server\'s TLS certificate is invalid.',
  530: 'Cloudflare (with a 1xxx error in the body) or Pantheon: the site is unavailable or not configured.',
  598: 'Some proxies use 598 for a network read timeout behind them.',
  599: 'Some proxies and clients use 599 for a network connect timeout.',
};
