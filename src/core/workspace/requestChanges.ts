import type { KeyValue, RequestModel } from '../model';
import { stableStringify } from './stableJson';

/** True when two versions of a saved request hold the same content (the id is the item's, not a change). */
export function sameSavedRequest(a: RequestModel, b: RequestModel): boolean {
  return stableStringify({ ...a, id: '' }) === stableStringify({ ...b, id: '' });
}

const rows = (list: readonly KeyValue[]) => list.filter((kv) => kv.enabled && (kv.key !== '' || kv.value !== '')).length;

/**
 * What changed from one version of a request to another, as lines a person reads in a conflict
 * ("URL: http://a → http://b", "Headers: 2 rows → 3 rows"). Empty when nothing did.
 */
export function requestChanges(from: RequestModel, to: RequestModel): string[] {
  const out: string[] = [];
  const scalar = (label: string, a: string, b: string) => {
    if (a !== b) out.push(`${label}: ${a || '(empty)'} → ${b || '(empty)'}`);
  };
  const part = (label: string, a: unknown, b: unknown, describe?: (v: never) => string) => {
    if (stableStringify(a) === stableStringify(b)) return;
    out.push(describe ? `${label}: ${describe(a as never)} → ${describe(b as never)}` : `${label} changed`);
  };
  scalar('Name', from.name, to.name);
  scalar('Method', from.method, to.method);
  scalar('URL', from.url, to.url);
  part('Headers', from.headers, to.headers, (l: KeyValue[]) => `${rows(l)} rows`);
  part('Path variables', from.pathVariables, to.pathVariables);
  part('Auth', from.auth, to.auth, (a: RequestModel['auth']) => a.type);
  part('Body', from.body, to.body, (b: RequestModel['body']) => b.mode);
  part('Settings', from.settings, to.settings);
  part('Description', from.description ?? '', to.description ?? '');
  // Params follow the URL; report them only when the URL alone does not show the change (disabled rows).
  if (from.url === to.url) part('Params', from.params, to.params, (l: KeyValue[]) => `${rows(l)} rows`);
  const rest = (r: RequestModel) => ({ ...r, id: '', name: '', method: '', url: '', params: [], headers: [], pathVariables: [], auth: null, body: null, settings: null, description: '' });
  if (out.length === 0 && !sameSavedRequest(from, to)) part('Other details', rest(from), rest(to));
  return out;
}
