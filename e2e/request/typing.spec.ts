import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { chooseSender, echoAt, echoMatches, openApp, openRequestTab, requestRegion, sandbox, send, setMethod, status, typeKeys, type SenderName, openPanel } from '../support/app';

type Pair = [string, string];
/** The headers the sandbox received whose names start with `x-` (names folded: the browser may lower-case them). */
const xHeaders = async (page: Page) =>
  ((await echoMatches(page, "$.headers[?(@[0].toLowerCase().startsWith('x-'))]")) as Pair[]).map(([n, v]) => [n.toLowerCase(), v]);

/** Clicks a table's new row, types a name, Tab, a value: the way a person adds a row. */
async function typeRow(page: Page, newRowName: Locator, name: string, value: string) {
  await newRowName.click();
  await typeKeys(page, name);
  await page.keyboard.press('Tab');
  await typeKeys(page, value);
}

async function typeUrl(page: Page, url: string) {
  const field = page.getByRole('textbox', { name: 'URL' });
  await field.click();
  await field.press('ControlOrMeta+a');
  await typeKeys(page, url);
}

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`params and headers typed key by key arrive exactly as typed (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    const base = sandbox(page, '/anything/typed');
    await typeUrl(page, base);

    await openRequestTab(page, 'Params');
    const params = requestRegion(page).getByRole('table', { name: 'Query parameters' });
    await params.getByLabel('New key').click();
    await typeKeys(page, 'abc');
    // One row, and the caret is still in it: the rest of the name lands in the same field.
    await expect(params.getByLabel('Key 1')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(params.getByLabel('Value 1')).toBeFocused();
    await typeKeys(page, '1 2');
    await page.keyboard.press('Enter');
    await typeKeys(page, 'd');
    await page.keyboard.press('Tab');
    await typeKeys(page, 'x');
    await expect(params.getByRole('row')).toHaveCount(4); // the heading, two params, the empty new row
    await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(`${base}?abc=1%202&d=x`);

    await openRequestTab(page, 'Headers');
    const headers = requestRegion(page).getByRole('table', { name: 'Request headers' });
    await headers.getByPlaceholder('Add header').click();
    await typeKeys(page, 'X-Bars');
    await page.keyboard.press('Tab');
    await typeKeys(page, 'yes');
    await page.keyboard.press('Shift+Tab');
    await expect(headers.getByLabel('Header 1')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // end of the row: on to the next one
    await expect(headers.getByLabel('New header')).toBeFocused();
    await typeKeys(page, 'X-Two');
    await page.keyboard.press('Tab');
    await typeKeys(page, 'two');
    await expect(headers.getByRole('row')).toHaveCount(4);

    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    expect(await echoAt(page, '$.query')).toEqual([
      ['abc', '1 2'],
      ['d', 'x'],
    ]);
    // Sorted: Chromium's fetch sends headers in an order of its own; the relay keeps the typed order (tested elsewhere).
    expect((await xHeaders(page)).sort()).toEqual([
      ['x-bars', 'yes'],
      ['x-two', 'two'],
    ]);
  });
}

test('form fields typed key by key: urlencoded and multipart send exactly what was typed', async ({ page }) => {
  await openApp(page);
  await setMethod(page, 'POST');
  await typeUrl(page, sandbox(page, '/anything/forms'));
  await openRequestTab(page, 'Body');
  const bodyType = page.getByRole('combobox', { name: 'Body type' });

  await bodyType.selectOption({ label: 'Form URL-encoded' });
  const form = requestRegion(page).getByRole('table', { name: 'Form fields' });
  await form.getByLabel('New key').click();
  await typeKeys(page, 'a');
  await page.keyboard.press('Tab');
  await typeKeys(page, '1');
  await page.keyboard.press('Tab');
  await typeKeys(page, 'b c');
  await page.keyboard.press('Tab');
  await typeKeys(page, 'ü&2');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.body.form')).toEqual([
    ['a', '1'],
    ['b c', 'ü&2'],
  ]);

  await bodyType.selectOption({ label: 'Multipart form' });
  const fields = requestRegion(page).getByRole('table', { name: 'Multipart fields' });
  await fields.getByLabel('New field name').click();
  await typeKeys(page, 'caption');
  await page.keyboard.press('Tab'); // the field's kind
  await page.keyboard.press('Tab');
  await typeKeys(page, 'a b');
  await page.keyboard.press('Enter');
  await typeKeys(page, 'n');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await typeKeys(page, '2');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.body.form')).toEqual([
    ['caption', 'a b'],
    ['n', '2'],
  ]);
});

test('a new row emptied again leaves nothing behind; paste splits header lines; undo and redo work as in a plain input', async ({ page }) => {
  await openApp(page);
  await typeUrl(page, sandbox(page, '/anything'));
  await openRequestTab(page, 'Headers');
  const headers = requestRegion(page).getByRole('table', { name: 'Request headers' });
  await headers.getByLabel('New header').click();
  await typeKeys(page, 'ab');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(headers.getByRole('row')).toHaveCount(2); // the heading and the new row
  await expect(headers.getByLabel('New header')).toBeFocused();

  // Undo takes the whole typed name back (the row goes with it), redo brings it back, as in a plain input.
  await typeKeys(page, 'X-Undo');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(headers.getByLabel('New header')).toHaveValue('');
  await expect(headers.getByRole('row')).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(headers.getByLabel('Header 1')).toHaveValue('X-Undo');
  await expect(headers.getByLabel('Header 1')).toBeFocused();

  // A paste of `Name: value` lines into a name makes one row per line.
  await headers.getByLabel('New header').focus();
  await headers.getByLabel('New header').evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Accept: text/plain\nX-Pasted: 1');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(headers.getByLabel('Header 2')).toHaveValue('Accept');
  await expect(headers.getByLabel('Value 3')).toHaveValue('1');
  await expect(headers.getByLabel('New header')).toBeFocused();
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await xHeaders(page)).toEqual([
    ['x-undo', ''],
    ['x-pasted', '1'],
  ]);
  expect(await echoMatches(page, "$.headers[?(@[0].toLowerCase() === 'accept')]")).toEqual([['Accept', 'text/plain']]);

});

test('IME composition (Japanese) in a param goes into one row, committed as typed', async ({ page }) => {
  await openApp(page);
  await typeUrl(page, sandbox(page, '/anything/ime'));
  await openRequestTab(page, 'Params');
  const params = requestRegion(page).getByRole('table', { name: 'Query parameters' });
  const cdp = await page.context().newCDPSession(page);
  const compose = async (steps: string[], committed: string) => {
    for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send('Input.insertText', { text: committed });
  };
  await params.getByLabel('New key').click();
  await compose(['か', 'かん', 'かんじ'], '漢字');
  await expect(params.getByLabel('Key 1')).toHaveValue('漢字');
  await expect(params.getByLabel('Key 1')).toBeFocused();
  await page.keyboard.press('Tab');
  await compose(['に', 'にほ', 'にほん'], '日本');
  await expect(params.getByLabel('Value 1')).toHaveValue('日本');
  await expect(params.getByRole('row')).toHaveCount(3);
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.query')).toEqual([['漢字', '日本']]);
});

test('variables, path variables, auth, settings and a rename: every other field takes typing key by key', async ({ page }) => {
  await openApp(page);
  await openPanel(page, 'Environments');
  const sidebar = page.getByRole('complementary', { name: 'Environments' });

  // An environment's variables and the globals: the new row takes a name, Tab, a value.
  await sidebar.getByRole('button', { name: 'New environment' }).click();
  const envPanel = page.getByRole('dialog', { name: /^Environment / });
  await typeRow(page, envPanel.getByLabel('New variable name'), 'seg', 'typed');
  await expect(envPanel.getByRole('row')).toHaveCount(3);
  await envPanel.getByRole('button', { name: 'Close' }).click();
  await sidebar.getByRole('button', { name: 'Globals' }).click();
  const globals = page.getByRole('dialog', { name: 'Globals' });
  await typeRow(page, globals.getByLabel('New variable name'), 'gv', 'g 1');
  await expect(globals.getByRole('row')).toHaveCount(3);
  await globals.getByRole('button', { name: 'Close' }).click();

  // A collection's variables, and renaming it by typing.
  await openPanel(page, 'Collections');
  await page.getByRole('complementary', { name: 'Collections' }).getByRole('button', { name: 'New collection' }).click();
  // It asks for a name (the next free "Collection N" is offered).
  await expect(page.getByLabel('Name of the new collection')).toHaveValue('Collection 1');
  await page.getByLabel('Name of the new collection').press('Enter');
  const tree = page.getByRole('tree', { name: 'Collections' });
  await tree.getByRole('button', { name: 'Actions for Collection 1' }).click();
  await page.getByRole('menuitem', { name: 'Description, auth, variables and scripts' }).click();
  const details = page.getByRole('dialog', { name: 'Details of Collection 1' });
  await typeRow(page, details.getByLabel('New variable name'), 'cv', 'c1');
  await expect(details.getByLabel('Name of variable 1')).toHaveValue('cv');
  await expect(details.getByRole('row')).toHaveCount(3);
  await details.getByRole('button', { name: 'Close' }).click();
  await tree.getByRole('button', { name: 'Actions for Collection 1' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await typeKeys(page, 'Typed API');
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('treeitem', { name: 'Typed API' })).toBeVisible();

  // The URL with variables and a path variable, all typed.
  await typeUrl(page, `${new URL(page.url()).origin}/sandbox/anything/{{seg}}/:id?g={{gv}}`);
  await openRequestTab(page, 'Params');
  const pathVariables = requestRegion(page).getByRole('table', { name: 'Path variables' });
  await pathVariables.getByLabel('Value 1').click();
  await typeKeys(page, '7 b');

  // Auth fields.
  await openRequestTab(page, 'Auth');
  await page.getByLabel('Auth type').selectOption({ label: 'Basic' });
  await page.getByLabel('Username').click();
  await typeKeys(page, 'ada');
  await page.keyboard.press('Tab');
  await typeKeys(page, 'lövelace');

  // Settings: a number typed digit by digit; an emptied field stays empty while it is being edited.
  await openRequestTab(page, 'Settings');
  const timeout = page.getByLabel('Timeout (ms)');
  await timeout.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(timeout).toHaveValue('');
  await typeKeys(page, '25000');
  await expect(timeout).toHaveValue('25000');
  await page.keyboard.press('Tab');
  await expect(timeout).toHaveValue('25000');

  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.path')).toBe('/sandbox/anything/typed/7%20b');
  expect(await echoAt(page, '$.query')).toEqual([['g', 'g 1']]);
  const auth = (await echoMatches(page, "$.headers[?(@[0].toLowerCase() === 'authorization')]")) as Pair[];
  expect(auth.map(([, v]) => v)).toEqual([`Basic ${Buffer.from('ada:lövelace').toString('base64')}`]);
});
