import { test as base, expect } from '@playwright/test';

/**
 * Every spec uses this `test`: it fails the test when the page requests anything that
 * leaves the machine. Only loopback hosts, data:, blob: and browser-internal URLs are allowed.
 */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocalUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  // Chromium's own viewers (the PDF viewer) load browser internals: they never touch the network.
  if (url.startsWith('chrome://') || url.startsWith('chrome-extension://')) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export const test = base.extend<{ outsideRequests: string[]; abortOutside: boolean; sandboxTour: boolean; tourPreference: void }>({
  /**
   * A new workspace gets the Sandbox tour collection. Most tests want the empty workspace a person
   * has after deleting it, so they start with the tour already offered (the app's own preference);
   * a test about the tour turns this on.
   */
  sandboxTour: [false, { option: true }],
  tourPreference: [
    async ({ context, sandboxTour }, use) => {
      if (!sandboxTour) await context.addInitScript(() => localStorage.setItem('reqlab.sandboxTour', 'offered'));
      await use();
    },
    { auto: true },
  ],
  /**
   * Abort outside requests as well as fail on them. With routing on, Chromium's CORS preflights are
   * answered by Playwright itself and never reach the server; a test about preflights turns this off
   * and still fails on any outside request it sees.
   */
  abortOutside: [true, { option: true }],
  outsideRequests: [
    async ({ context, abortOutside }, use) => {
      const outside: string[] = [];
      if (abortOutside) {
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (isLocalUrl(url)) return route.continue();
          outside.push(url);
          return route.abort('blockedbyclient');
        });
      }
      context.on('request', (request) => {
        if (!isLocalUrl(request.url())) outside.push(request.url());
      });
      await use(outside);
      expect(outside, 'the page requested something outside localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
