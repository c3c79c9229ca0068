import type { PreparedRequest } from '../core/model';
import { isForbiddenRequestHeader } from '../core/http/headers/forbidden';

/** Browsers own these; Chromium also still ignores a page's User-Agent although the spec allows it. */
export function browserWillDrop(name: string, value: string): boolean {
  return isForbiddenRequestHeader(name, value) || name.trim().toLowerCase() === 'user-agent';
}

/** Names of the prepared headers a browser will not send, in order, without repeats. */
export function headersDroppedByBrowser(prepared: Pick<PreparedRequest, 'headers'>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of prepared.headers) {
    if (!browserWillDrop(h.name, h.value)) continue;
    const key = h.name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(h.name);
    }
  }
  return out;
}
