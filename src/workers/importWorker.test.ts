import { describe, expect, it } from 'vitest';
import { flattenCollection } from '../core/interop/flatten';
import { bigPostmanCollection } from '../core/interop/testing/bigCollection';
import { handleImportRequest } from './importWorker';

describe('import worker', () => {
  it('imports a 5,000-request, ~13 MB Postman collection', () => {
    const text = bigPostmanCollection(5000);
    expect(text.length).toBeGreaterThan(12_000_000);
    const started = performance.now();
    const response = handleImportRequest({ id: 7, text, filename: 'big.json' });
    // Reported for the curious, not asserted: speed belongs in benchmarks.
    console.info(`imported ${(text.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);
    expect(response.id).toBe(7);
    if (!response.ok) throw new Error(response.error.message);
    expect(response.result.report.imported.requests).toBe(5000);
    const flat = flattenCollection(response.result.collections[0]!);
    expect(flat).toHaveLength(5000);
    expect(flat[4999]!.request.url).toBe('{{base}}/items/4999?page=1');
    expect(flat[4999]!.path).toBe('item[99].item[0].item[49]');
  });

  it('answers a malformed file with the error and its path, not a throw', () => {
    const response = handleImportRequest({ id: 1, text: JSON.stringify({ info: {}, item: [{ name: 'x', item: 'nope' }] }) });
    expect(response).toMatchObject({ id: 1, ok: false, error: { path: 'item[0].item' } });
  });
});
