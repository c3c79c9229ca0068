import { useEffect, useMemo, useState } from 'react';
import { prettyText, decoderFor, type PrettyResult } from '../../../../core/format/prettyText';
import type { BodyKind } from '../../../../core/format/bodyKind';
import type { BodyView } from '../../../../workers/bodyProtocol';
import { openWorkerBody } from '../../../../workers/bodyWorkerClient';
import { SYNC_FORMAT_LIMIT } from './bodyLimits';

/**
 * The whole text of a small body in one view: formatted right here when tiny,
 * in the worker otherwise so the page never stalls.
 */
export function useFormattedText(bytes: Uint8Array, kind: BodyKind, charset: string | undefined, view: BodyView): PrettyResult | undefined {
  const sync = bytes.length <= SYNC_FORMAT_LIMIT;
  const immediate = useMemo(() => {
    if (!sync) return undefined;
    const decoder = decoderFor(charset);
    return view === 'pretty' ? prettyText(bytes, kind, decoder) : { text: decoder.decode(bytes), formatted: false };
  }, [sync, bytes, kind, charset, view]);
  const [fromWorker, setFromWorker] = useState<{ key: unknown; result: PrettyResult }>();
  useEffect(() => {
    if (sync) return;
    let cancelled = false;
    const key = { bytes, view };
    void (async () => {
      const body = await openWorkerBody(bytes, { kind, charset });
      try {
        const info = await body.index(view);
        const text = await body.text(view);
        if (!cancelled) setFromWorker({ key, result: { text, formatted: info.formatted, note: info.note } });
      } finally {
        body.close();
      }
    })().catch((e: unknown) => {
      if (!cancelled) setFromWorker({ key, result: { text: '', formatted: false, note: `Could not format: ${String(e)}` } });
    });
    return () => {
      cancelled = true;
    };
  }, [sync, bytes, kind, charset, view]);
  if (immediate) return immediate;
  return fromWorker && (fromWorker.key as { bytes: Uint8Array; view: BodyView }).bytes === bytes &&
    (fromWorker.key as { view: BodyView }).view === view
    ? fromWorker.result
    : undefined;
}
