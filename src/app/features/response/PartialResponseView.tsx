import { memo, useMemo } from 'react';
import { detectBodyKind, isTextKind, parseMediaType } from '../../../core/format/bodyKind';
import { formatBytes } from '../../../core/format/bytes';
import { describeStatus } from '../../../core/http/statusCodes';
import type { PartialResponse } from '../../../core/model';
import { FirstLinesView } from './body/FirstLinesView';
import { headerValue } from './headerLookup';

interface Props {
  partial: PartialResponse;
  loaded: number;
  total?: number;
}

/**
 * The response while its body still downloads: the status line from the head, and the body's first
 * lines as plain text. The full viewer (formatting, search, Save) takes over when the body is complete.
 */
export function PartialResponseView({ partial, loaded, total }: Props) {
  const info = describeStatus(partial.status);
  return (
    <>
      <div className="rl-status-line">
        <span
          className="rl-status"
          aria-label="Status"
          title={info.meaning}
          style={{ color: `var(--rl-${info.color === 'muted' ? 'muted' : info.color})` }}
        >
          {`${partial.status} ${partial.statusText || info.reason}`.trim()}
        </span>
      </div>
      <section className="rl-body" aria-label="Response body">
        <p className="rl-muted rl-note" role="note" aria-label="Receiving">
          Receiving… {formatBytes(loaded)} so far{total ? ` of ${formatBytes(total)}` : ''}. The first lines are shown as
          received; formatting, search and Save come when the whole body is here.
        </p>
        <PartialBody partial={partial} />
      </section>
    </>
  );
}

/** Re-renders only when the first bytes change (a few times at the start), not on every progress tick. */
const PartialBody = memo(function PartialBody({ partial }: { partial: PartialResponse }) {
  const { kind, charset, essence } = useMemo(() => {
    const contentType = headerValue(partial.headers, 'content-type');
    const media = parseMediaType(contentType);
    return { kind: detectBodyKind(contentType, partial.firstBytes.subarray(0, 1024)), charset: media.charset, essence: media.essence };
  }, [partial]);
  if (partial.firstBytes.length === 0) return null;
  if (!isTextKind(kind)) return <p className="rl-muted">{essence || 'Binary'} body: it shows when complete.</p>;
  return <FirstLinesView bytes={partial.firstBytes} charset={charset} complete={false} label="First lines received" />;
});
