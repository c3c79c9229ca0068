import { test, expect } from '../support/test';
import { responseRegion, send, setUrl, status } from '../support/app';
import { startServer } from '../../src/server/startServer';

test('opened to other machines, Reqlab asks for the one-time login link, and its relay keeps out of the private network', async ({ page }) => {
  // The browser plays a client on another machine: this server trusts no client address.
  const server = await startServer({ port: 0, remote: { isTrustedClient: () => false } });
  try {
    const base = `http://127.0.0.1:${server.port}`;
    await page.goto(`${base}/`);
    await expect(page.getByText(/open the login link printed in the terminal/)).toBeVisible();
    expect(await page.content()).not.toContain(server.token);

    await page.goto(`${base}${server.remote!.loginPath()}`);
    const url = page.getByRole('textbox', { name: 'URL' });
    await expect(url).toBeEditable();
    const cookies = await page.context().cookies(base);
    expect(cookies.find((c) => c.name === 'reqlab_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    // The sandbox is on this machine's loopback: a remote client's relay may not reach it.
    await setUrl(page, `${base}/sandbox/anything`);
    await send(page);
    await expect(responseRegion(page)).toContainText(/loopback, link-local or private address/);
    await expect(status(page)).toHaveCount(0);

    // The link worked once.
    const again = await page.request.get(`${base}${'/login?key=' + 'x'}`);
    expect(again.status()).toBe(403);
  } finally {
    await server.close();
  }
});
