import { test, expect } from '../support/test';
import { openApp, responseRegion, send, setUrl, status } from '../support/app';
import { startCanary } from '../support/canary';

const EVIL_HTML = (origin: string) => `<!doctype html><html><head>
<link rel="stylesheet" href="${origin}/style.css"><link rel="prefetch" href="${origin}/prefetch">
<style>@import url(${origin}/import.css); body { background: url(${origin}/bg.png) }</style></head>
<body><h1>Tracked</h1><img src="${origin}/pixel.gif" alt="">
<picture><source srcset="${origin}/source.png"><img src="${origin}/picture.png" alt=""></picture>
<video src="${origin}/video.mp4" autoplay></video><audio src="${origin}/audio.mp3" autoplay></audio>
<iframe src="data:text/html,<img src='${origin}/nested-data-frame.gif'>"></iframe>
<iframe src="${origin}/frame.html"></iframe><object data="${origin}/object.swf"></object>
<form action="${origin}/form"><input name="q" value="1"></form>
<script>new Image().src = '${origin}/script.gif'</script></body></html>`;

const EVIL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="red"/>
<script>document.documentElement.setAttribute('data-ran', self.origin);
try { indexedDB.open('pwned'); document.documentElement.setAttribute('data-idb', 'opened'); } catch (e) { document.documentElement.setAttribute('data-idb', e.name); }
</script></svg>`;

test('an HTML preview contacts no host until the person loads remote content, and never runs script', async ({ page }) => {
  const canary = await startCanary({ '/evil.html': { type: 'text/html', body: EVIL_HTML } });
  try {
    await openApp(page);
    await setUrl(page, `${canary.origin}/evil.html`);
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    const response = responseRegion(page);
    await response.getByRole('tab', { name: 'Preview' }).click();
    const frame = response.locator('iframe[title="HTML preview"]').contentFrame();
    await expect(frame.getByRole('heading', { name: 'Tracked' })).toBeVisible();
    await page.waitForTimeout(1500); // give any stray load time to arrive
    expect(canary.strayHits()).toEqual([]);

    // The person's choice: remote images and styles load, scripts and frames still do not.
    await response.getByRole('button', { name: 'Load remote content' }).click();
    await expect.poll(() => canary.strayHits()).toContain('/pixel.gif');
    await page.waitForTimeout(1000);
    const stray = canary.strayHits();
    expect(stray).not.toContain('/script.gif');
    expect(stray).not.toContain('/frame.html');
    expect(stray).not.toContain('/nested-data-frame.gif');
    expect(stray).not.toContain('/object.swf');

    // The next response starts blocked again.
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await response.getByRole('tab', { name: 'Preview' }).click();
    await expect(response.getByRole('button', { name: 'Load remote content' })).toBeVisible();
  } finally {
    await canary.close();
  }
});

test('an SVG with a script, opened in a tab of its own, runs on no origin of Reqlab', async ({ page, context }) => {
  const canary = await startCanary({ '/evil.svg': { type: 'image/svg+xml', body: EVIL_SVG } });
  try {
    await openApp(page);
    const appOrigin = new URL(page.url()).origin;
    await setUrl(page, `${canary.origin}/evil.svg`);
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    const response = responseRegion(page);
    await response.getByRole('tab', { name: 'Preview' }).click();
    const img = response.getByRole('img', { name: /Image from the response/ });
    await expect(img).toBeVisible();
    // What "Open image in new tab" (or dragging it to the tab strip) opens.
    const src = (await img.getAttribute('src'))!;
    const tab = await context.newPage();
    await tab.goto(src);
    const root = tab.locator('svg');
    await expect(root).toHaveAttribute('data-ran', 'null'); // the script ran, on an opaque origin
    expect(await tab.evaluate(() => self.origin)).not.toBe(appOrigin);
    await expect(root).toHaveAttribute('data-idb', 'SecurityError');
    await tab.close();
    // Nothing reached the app's storage.
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain('pwned');
  } finally {
    await canary.close();
  }
});

test('the app page forbids framing and inline script', async ({ page, request }) => {
  const headers = (await request.get('/')).headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/script-src 'self'(?! 'unsafe-inline')/);
  expect(headers['x-frame-options']).toBe('DENY');

  const appUrl = new URL('/', test.info().project.use.baseURL).toString();
  const canary = await startCanary({ '/framer.html': { type: 'text/html', body: `<iframe src="${appUrl}" title="framed"></iframe>` } });
  try {
    await page.goto(`${canary.origin}/framer.html`);
    await page.waitForTimeout(1000);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(framed).toBeDefined();
    expect(await framed!.locator('input[aria-label="URL"]').count()).toBe(0);
  } finally {
    await canary.close();
  }
});

test('the sandbox’s HTML page, opened directly on Reqlab’s origin, runs no script and reaches no storage', async ({ page }) => {
  await openApp(page);
  await page.goto('/sandbox/html');
  await expect(page.getByRole('heading', { name: 'Hello from the Reqlab sandbox' })).toBeVisible();
  // Its script would retitle the page and mark the body; under `sandbox` it does neither, and the origin is opaque.
  await expect(page).toHaveTitle('Reqlab sandbox page');
  expect(await page.locator('body').getAttribute('data-script-ran')).toBeNull();
  expect(await page.evaluate(() => self.origin)).toBe('null');
});
