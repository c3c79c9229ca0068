import type { Exchange, RequestModel } from '../../../core/model';
import { hasFile } from '../fileStore';
import type { EditorTab } from '../tabsStore';

/** The last response of a tab is kept when its body is this small; a bigger one is sent again. */
export const KEPT_BODY_BYTES = 2 * 1024 * 1024;

function keptExchange(exchange: Exchange): Exchange {
  if (exchange.status === 'sending' || exchange.status === 'idle') return { status: 'idle' };
  const body = exchange.response?.body.length ?? 0;
  const sentBody = exchange.prepared?.body?.length ?? 0;
  if (body > KEPT_BODY_BYTES || sentBody > KEPT_BODY_BYTES) return { status: 'idle' };
  const { progress: _p, partial: _q, ...rest } = exchange;
  return rest;
}

/** What a tab keeps across a reload or a crash: the request as typed, its state and its last exchange. */
export function persistableTab(tab: EditorTab): EditorTab {
  const { confirmUnresolved: _c, confirmBody: _b, notice: _n, ...rest } = tab;
  return { ...rest, exchange: keptExchange(tab.exchange) };
}

/** Files the browser did not keep: a restored tab names them, so the person chooses them again. */
export function missingFiles(request: RequestModel): string[] {
  const refs = [...request.body.multipart.filter((f) => f.kind === 'file').map((f) => f.file), request.body.binary];
  return refs.filter((r): r is NonNullable<typeof r> => !!r && !hasFile(r)).map((r) => r.name);
}
