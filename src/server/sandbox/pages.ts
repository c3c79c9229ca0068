import { sendBytes, sendJson, type Req, type Res } from './respond.ts';
import { makePng } from './png.ts';

let png: Buffer | undefined;

export function handleImage(req: Req, res: Res): void {
  req.resume();
  png ??= makePng();
  sendBytes(res, 200, png, { 'Content-Type': 'image/png', 'Cache-Control': 'no-cache' });
}

/** The script would retitle the page: a preview that shows "SCRIPT RAN" did not sandbox it. */
const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Reqlab sandbox page</title>
<style>body { font-family: system-ui, sans-serif; margin: 2rem; } code { background: #eee; padding: 0 .2em; }</style>
</head>
<body>
<h1>Hello from the Reqlab sandbox</h1>
<p>This page carries a script that sets <code>document.title</code> to <code>SCRIPT RAN</code>.
A safe preview shows this text without running it.</p>
<ul><li>Caf&eacute; &amp; cr&egrave;me</li><li>Ünïcödé ✓</li></ul>
<script>document.title = 'SCRIPT RAN'; document.body.setAttribute('data-script-ran', 'true');</script>
</body>
</html>
`;

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<!-- A small catalogue, for practising XML views and XPath. -->
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/">
  <book id="1" available="true">
    <dc:title>The Left Hand of Darkness</dc:title>
    <dc:creator>Ursula K. Le Guin</dc:creator>
    <year>1969</year>
    <price currency="EUR">9.99</price>
  </book>
  <book id="7" available="false">
    <dc:title>Gödel, Escher, Bach</dc:title>
    <dc:creator>Douglas Hofstadter</dc:creator>
    <year>1979</year>
    <price currency="EUR">21.50</price>
    <note><![CDATA[Contains <angle brackets> & ampersands]]></note>
  </book>
</catalog>
`;

/**
 * The sandbox answers on Reqlab's own origin. A document opened there directly (a link, a new tab)
 * would run its script next to the workspace's IndexedDB; `sandbox` gives it an opaque origin and
 * no script, as an attacker's page would need to be treated.
 */
const DOCUMENT_POLICY = { 'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'", 'X-Content-Type-Options': 'nosniff' };

export function handleHtml(req: Req, res: Res): void {
  req.resume();
  sendBytes(res, 200, Buffer.from(HTML, 'utf8'), { 'Content-Type': 'text/html; charset=utf-8', ...DOCUMENT_POLICY });
}

export function handleXml(req: Req, res: Res): void {
  req.resume();
  sendBytes(res, 200, Buffer.from(XML, 'utf8'), { 'Content-Type': 'application/xml; charset=utf-8', ...DOCUMENT_POLICY });
}

/** Sent without any CORS header: a direct browser request can't read it, which is the lesson. */
export function handleNoCors(req: Req, res: Res): void {
  req.resume();
  if (req.method === 'OPTIONS') {
    res.statusCode = 204;
    res.setHeader('Allow', 'GET, HEAD, POST, OPTIONS');
    return void res.end();
  }
  sendJson(res, 200, {
    cors: false,
    message: 'This response has no Access-Control-Allow-Origin header, so a browser blocks scripts from reading it. Reqlab’s local relay can.',
  });
}
