import { useMemo, useState } from 'react';
import { formatBytes } from '../../../../core/format/bytes';
import { isTextKind } from '../../../../core/format/bodyKind';
import type { ResponseRecord } from '../../../../core/model';
import { Tabs, type TabDef } from '../ResponseTabs';
import { copyBody, saveBytes } from './bodyActions';
import { PREVIEW_BYTES, SUMMARY_THRESHOLD } from './bodyLimits';
import { HexView } from './HexView';
import { JsonPathFilter } from './JsonPathFilter';
import { PreviewView } from './PreviewView';
import { TextBodyView } from './TextBodyView';
import { useBodyInfo } from './useBodyInfo';
import { useFormattedText } from './useFormattedText';

type BodyViewId = 'pretty' | 'raw' | 'preview' | 'hex';

interface Props {
  response: ResponseRecord;
  /** Unique per exchange: each body gets its own Monaco model. */
  bodyKey: string;
}

/** The response body: views by kind, a summary first for big bodies, and Save/Copy. */
export function BodyTab({ response, bodyKey }: Props) {
  const info = useBodyInfo(response);
  const body = response.body;
  const big = body.length > SUMMARY_THRESHOLD;
  const [showAll, setShowAll] = useState(false);
  const [message, setMessage] = useState<string>();
  const shown = useMemo(() => (big && !showAll ? body.subarray(0, PREVIEW_BYTES) : body), [big, showAll, body]);
  const partial = shown.length < body.length;

  const views: TabDef<BodyViewId>[] = [];
  if (info.kind === 'json' || info.kind === 'xml' || info.kind === 'html') views.push({ id: 'pretty', label: 'Pretty' });
  // Not "Raw": that name belongs to the Response sections tab, and tests find tabs by name.
  if (isTextKind(info.kind) || info.kind === 'binary') views.push({ id: 'raw', label: 'Source' });
  if (info.kind === 'html' || info.kind === 'image' || info.kind === 'pdf') views.push({ id: 'preview', label: 'Preview' });
  if (info.kind !== 'empty') views.push({ id: 'hex', label: 'Hex' });
  const preferred: BodyViewId = views[0]?.id ?? 'raw';
  const [chosen, setChosen] = useState<BodyViewId>();
  const fallback: BodyViewId = info.kind === 'image' || info.kind === 'pdf' ? 'preview' : info.kind === 'binary' ? 'hex' : preferred;
  const view = chosen && views.some((v) => v.id === chosen) ? chosen : fallback;

  if (info.kind === 'empty') {
    return (
      <section className="rl-body" aria-label="Response body">
        <p className="rl-muted">
          {response.status === 204 || response.status === 304
            ? `No body: a ${response.status} response never has one.`
            : 'The response has no body.'}
        </p>
        {response.truncated && <TruncatedNote response={response} />}
      </section>
    );
  }

  const copy = async () => {
    setMessage(undefined);
    try {
      setMessage(await copyBody({ bytes: body }));
    } catch (e) {
      setMessage(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const main = (
    <Tabs label="Body view" tabs={views} selected={view} onSelect={setChosen} className="rl-body-views">
      {(view === 'pretty' || view === 'raw') && (
        <TextBodyView bytes={shown} info={info} view={view} partial={partial} modelPath={`reqlab-response/${bodyKey}/${view}`} />
      )}
      {view === 'preview' && <PreviewView bytes={body} info={info} />}
      {view === 'hex' && <HexView bytes={body} />}
    </Tabs>
  );

  return (
    <section className="rl-body" aria-label="Response body">
      <div className="rl-body-toolbar">
        <span className="rl-muted">
          {info.essence || 'no Content-Type'} · {formatBytes(response.bodySize)}
        </span>
        <span className="rl-spacer" />
        <button type="button" className="rl-button" onClick={() => saveBytes(body, info.filename, info.contentType)}>
          Save
        </button>
        {!big && view === 'pretty' && isTextKind(info.kind) ? (
          <CopyPretty bytes={body} info={info} onMessage={setMessage} />
        ) : (
          <button type="button" className="rl-button" onClick={copy}>
            Copy
          </button>
        )}
        {message && (
          <span className="rl-muted" role="status">
            {message}
          </span>
        )}
      </div>
      {response.truncated && <TruncatedNote response={response} />}
      {big && (
        <div className="rl-summary" role="note" aria-label="Body summary">
          {partial ? (
            <span>
              Large body ({formatBytes(body.length)}, {info.essence || 'unknown type'}). Showing the first{' '}
              {formatBytes(shown.length)} of {formatBytes(body.length)}, formatted in the background.
            </span>
          ) : (
            <span>Showing all {formatBytes(body.length)}, formatted line by line in the background.</span>
          )}
          {partial && (view === 'pretty' || view === 'raw') && (
            <button type="button" className="rl-button rl-button-primary" onClick={() => setShowAll(true)}>
              Show all
            </button>
          )}
        </div>
      )}
      {info.kind === 'json' ? (
        <JsonPathFilter bytes={body} charset={info.charset}>
          {main}
        </JsonPathFilter>
      ) : (
        main
      )}
    </section>
  );
}

function TruncatedNote({ response }: { response: ResponseRecord }) {
  return (
    <p className="rl-warning-text" role="note">
      The body was cut at the relay’s size limit: {formatBytes(response.body.length)} received of{' '}
      {formatBytes(Math.max(response.bodySize, response.body.length))}
      {response.bodySize > response.body.length ? '' : ' or more'}. Raise the limit to get all of it.
    </p>
  );
}

/** Copy in the pretty view copies the formatted text (it is small: big bodies copy as received). */
function CopyPretty({ bytes, info, onMessage }: { bytes: Uint8Array; info: ReturnType<typeof useBodyInfo>; onMessage: (m: string) => void }) {
  const result = useFormattedText(bytes, info.kind, info.charset, 'pretty');
  return (
    <button
      type="button"
      className="rl-button"
      disabled={!result}
      onClick={() =>
        copyBody(result ? { text: result.text } : { bytes })
          .then(onMessage)
          .catch((e: unknown) => onMessage(`Could not copy: ${e instanceof Error ? e.message : String(e)}`))
      }
    >
      Copy
    </button>
  );
}
