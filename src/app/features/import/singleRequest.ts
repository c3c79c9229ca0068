import type { ImportResult, RequestModel } from '../../../core/model';

/**
 * A cURL command or a one-entry HAR is one request, not a collection: it opens in a tab.
 * Collections from Postman/OpenAPI stay collections even with one request (they carry auth, variables).
 */
export function singleRequest(result: ImportResult): RequestModel | null {
  if (result.report.format !== 'curl' && result.report.format !== 'har') return null;
  if (result.collections.length !== 1 || result.environments.length > 0 || result.globals.length > 0) return null;
  const items = result.collections[0]!.items;
  return items.length === 1 && items[0]!.kind === 'request' ? items[0]!.request : null;
}
