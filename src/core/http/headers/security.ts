import { doc, fetchSpec, rfc } from '../spec';
import { header, type HeaderEntry } from './entry';

const w3c = (title: string, url: string) => doc(title, url);

/** Security policies a server sets for browsers, and the browser's Fetch Metadata. */
export const SECURITY_HEADERS: HeaderEntry[] = [
  header('Strict-Transport-Security', 'response', 'security', 'HSTS: tells the browser to use only HTTPS for this host for max-age seconds.', rfc(6797, '6.1'), {
    example: 'max-age=31536000; includeSubDomains',
  }),
  header('Content-Security-Policy', 'response', 'security', 'Limits where a page may load scripts, styles, images and frames from: a strong defence against XSS.', w3c('W3C CSP Level 3', 'https://www.w3.org/TR/CSP3/'), {
    example: "default-src 'self'",
  }),
  header('Content-Security-Policy-Report-Only', 'response', 'security', 'Like Content-Security-Policy but only reports violations instead of blocking: for trying a policy out.', w3c('W3C CSP Level 3', 'https://www.w3.org/TR/CSP3/')),
  header('X-Content-Type-Options', 'response', 'security', '"nosniff" forbids the browser from guessing a different type than Content-Type says.', fetchSpec('x-content-type-options-header', 'X-Content-Type-Options'), {
    example: 'nosniff',
  }),
  header('X-Frame-Options', 'response', 'security', 'Whether other sites may show this page in a frame (DENY, SAMEORIGIN); replaced by CSP frame-ancestors.', rfc(7034, '2')),
  header('Referrer-Policy', 'response', 'security', 'How much of the page URL the browser puts in the Referer header of requests it makes.', w3c('W3C Referrer Policy', 'https://www.w3.org/TR/referrer-policy/'), {
    example: 'strict-origin-when-cross-origin',
  }),
  header('Permissions-Policy', 'response', 'security', 'Turns browser features (camera, geolocation, …) on or off for the page and its frames.', w3c('W3C Permissions Policy', 'https://www.w3.org/TR/permissions-policy/')),
  header('Cross-Origin-Opener-Policy', 'response', 'security', 'Isolates the page from windows of other origins it opens or is opened by.', doc('HTML Standard: COOP', 'https://html.spec.whatwg.org/multipage/browsers.html#cross-origin-opener-policies')),
  header('Cross-Origin-Embedder-Policy', 'response', 'security', 'Lets the page load only cross-origin resources that explicitly allow it (needed for cross-origin isolation).', doc('HTML Standard: COEP', 'https://html.spec.whatwg.org/multipage/browsers.html#coep')),
  header('Clear-Site-Data', 'response', 'security', 'Asks the browser to wipe cookies, storage or cache for this site, e.g. at logout.', w3c('W3C Clear Site Data', 'https://www.w3.org/TR/clear-site-data/'), {
    example: '"cookies", "storage"',
  }),
  header('X-XSS-Protection', 'response', 'security', 'Controlled an old XSS filter that browsers have removed. Use Content-Security-Policy.', undefined, {
    deprecated: true,
    nonStandard: true,
  }),
  header('Upgrade-Insecure-Requests', 'request', 'security', 'The browser says it prefers HTTPS and can handle a redirect to it.', w3c('W3C Upgrade Insecure Requests', 'https://www.w3.org/TR/upgrade-insecure-requests/')),
  header('Sec-Fetch-Site', 'request', 'fetch-metadata', 'Set by the browser: how the requesting page relates to the target (same-origin, same-site, cross-site, none).', w3c('W3C Fetch Metadata', 'https://www.w3.org/TR/fetch-metadata/')),
  header('Sec-Fetch-Mode', 'request', 'fetch-metadata', 'Set by the browser: the request mode (cors, no-cors, navigate, same-origin, websocket).', w3c('W3C Fetch Metadata', 'https://www.w3.org/TR/fetch-metadata/')),
  header('Sec-Fetch-Dest', 'request', 'fetch-metadata', 'Set by the browser: what the response will be used for (document, image, script, empty for fetch …).', w3c('W3C Fetch Metadata', 'https://www.w3.org/TR/fetch-metadata/')),
];
