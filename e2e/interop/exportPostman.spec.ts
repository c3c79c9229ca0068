import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test';
import { openApp } from '../support/app';
import { importAny } from '../../src/core/interop/importAny';
import { flattenCollection } from '../../src/core/interop/flatten';
import type { Collection } from '../../src/core/model';
import { fixtureText, importNestedFixture, importPanel } from './interopPage';

/** The requests of a collection as they would be sent, without the ids an import makes up. */
function requestsOf(collection: Collection) {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => [k, strip(v)]));
    }
    return value;
  };
  return flattenCollection(collection).map((flat) => ({
    where: [...flat.folders.map((f) => f.name), flat.request.name].join(' / '),
    request: strip(flat.request),
    inheritedAuth: flat.inheritedAuth,
  }));
}

test('a collection exported as Postman v2.1 imports back with the same requests', async ({ page }) => {
  await openApp(page);
  await importNestedFixture(page);
  const panel = await importPanel(page);
  await expect(panel.getByRole('combobox', { name: 'Collection to export' })).toHaveValue(/.+/);

  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export as Postman v2.1' }).click()]);
  expect(download.suggestedFilename()).toBe('Interop_fixture.postman_collection.json');
  const exported = readFileSync(await download.path(), 'utf8');
  const json = JSON.parse(exported) as { info: { schema: string } };
  expect(json.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
  // The secret variable's value stays out of the file by default.
  expect(exported).not.toContain('s3cret-token-42');

  const original = importAny(fixtureText(page, 'nested.postman_collection.json'));
  const again = importAny(exported, download.suggestedFilename());
  expect(again.report.format).toBe('postman-collection');
  expect(again.collections).toHaveLength(1);
  const before = requestsOf(original.collections[0]!);
  const after = requestsOf(again.collections[0]!);
  expect(after.map((r) => r.where)).toEqual(['Top request', 'Folder A / Sub folder / Nested request', 'Folder A / Form request']);
  expect(after).toEqual(before);
  await expect(panel.getByRole('status').filter({ hasText: 'Exported' })).toContainText('Interop_fixture.postman_collection.json');
});

test('a collection exported as HAR holds every request prepared as it is sent', async ({ page }) => {
  await openApp(page);
  await importNestedFixture(page);
  const panel = await importPanel(page);
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export as HAR' }).click()]);
  const har = JSON.parse(readFileSync(await download.path(), 'utf8')) as { log: { entries: { request: { method: string; url: string; headers: { name: string; value: string }[] } }[] } };
  const origin = new URL(page.url()).origin;
  expect(har.log.entries.map((e) => `${e.request.method} ${e.request.url}`)).toEqual([
    `GET ${origin}/sandbox/anything/top?x=1`,
    `POST ${origin}/sandbox/anything/nested`,
    `PUT ${origin}/sandbox/anything/form`,
  ]);
  // Secrets stay as placeholders unless asked for.
  expect(har.log.entries[0]!.request.headers).toContainEqual({ name: 'Authorization', value: 'Bearer {{token}}' });
  const reimported = importAny(JSON.stringify(har));
  expect(reimported.report.imported.requests).toBe(3);
});
