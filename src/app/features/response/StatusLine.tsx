import { describeStatus } from '../../../core/http/statusCodes';
import { formatBytes } from '../../../core/format/bytes';
import { formatDuration } from '../../../core/format/duration';
import type { ResponseRecord } from '../../../core/model';
import { MethodCard, StatusCard } from '../learn';

interface Props {
  response: ResponseRecord;
  exchangeId?: string;
  /** The method that was sent, for its learn card next to the status. */
  method?: string;
  /** A saved example: it never went on the wire, so it has no time and no sender to show. */
  example?: boolean;
}

/** "201 Created · 12 ms · 1.2 KB", coloured by class, with the relay's wire/headers sizes in a tooltip. */
export function StatusLine({ response, exchangeId, method, example }: Props) {
  const info = describeStatus(response.status);
  const reason = response.statusText || info.reason;
  const sizeDetails = [
    `Body: ${formatBytes(response.bodySize)} decoded`,
    response.wireSize !== undefined ? `${formatBytes(response.wireSize)} on the wire` : undefined,
    response.headersSize !== undefined ? `Headers: ${formatBytes(response.headersSize)}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <div className="rl-status-line">
      <span
        className="rl-status"
        aria-label="Status"
        data-exchange-id={exchangeId}
        title={info.meaning}
        style={{ color: `var(--rl-${info.color === 'muted' ? 'muted' : info.color})` }}
      >
        {`${response.status} ${reason}`.trim()}
      </span>
      {!example && (
      <span className="rl-status-metric">
        <span className="rl-status-key">Time</span>
        <span aria-label="Time">{formatDuration(response.timing.total)}</span>
      </span>
      )}
      <span className="rl-status-metric" title={sizeDetails}>
        <span className="rl-status-key">Size</span>
        <span aria-label="Size">{formatBytes(response.bodySize)}</span>
        {response.headersSize !== undefined && (
          <span className="rl-status-extra"> + {formatBytes(response.headersSize)} headers</span>
        )}
        {response.wireSize !== undefined && response.wireSize !== response.bodySize && (
          <span className="rl-status-extra"> ({formatBytes(response.wireSize)} on the wire)</span>
        )}
      </span>
      {!example && (
      <span className="rl-status-metric rl-status-extra">
        {response.httpVersion && `HTTP/${response.httpVersion.replace(/^HTTP\//i, '')}`} · via{' '}
        {response.sender === 'relay' ? 'local relay' : 'browser'}
      </span>
      )}
      <details className="rl-learn-toggle">
        <summary>What does {response.status} mean?</summary>
        <StatusCard status={response.status} />
      </details>
      {method && (
        <details className="rl-learn-toggle">
          <summary>What does {method} promise?</summary>
          <MethodCard method={method} />
        </details>
      )}
    </div>
  );
}
