import { useRef } from 'react';
import { ReadOnlyCodeView, type CodeLanguage } from '../../editor';
import type { BodyView } from '../../../../workers/bodyProtocol';
import { MONACO_BYTES_LIMIT } from './bodyLimits';
import { FirstLinesView } from './FirstLinesView';
import { RowsView } from './RowsView';
import type { BodyInfo } from './useBodyInfo';
import { useFormattedText } from './useFormattedText';
import { useMonacoMounted } from './useMonacoMounted';
import { useWorkerRows } from './useWorkerRows';

interface Props {
  bytes: Uint8Array;
  info: BodyInfo;
  view: BodyView;
  /** Names the Monaco model, so each body gets a fresh one. */
  modelPath: string;
  /** Only the first part of the body: formatted row by row, tolerant of the cut. */
  partial: boolean;
}

/** Pretty or raw text: Monaco for small bodies, the worker-backed row list for big ones. */
export function TextBodyView(props: Props) {
  return props.bytes.length <= MONACO_BYTES_LIMIT && !props.partial ? <SmallText {...props} /> : <BigText {...props} />;
}

const LANGUAGE: Partial<Record<BodyInfo['kind'], CodeLanguage>> = { json: 'json', xml: 'xml', html: 'html' };

function SmallText({ bytes, info, view, modelPath }: Props) {
  const result = useFormattedText(bytes, info.kind, info.charset, view);
  if (!result) return <p className="rl-muted">Formatting…</p>;
  const language = view === 'pretty' ? LANGUAGE[info.kind] : undefined;
  return (
    <>
      {result.note && <p className="rl-muted rl-note">{result.note}</p>}
      {language && result.formatted ? (
        <MonacoWithPlainFallback text={result.text} language={language} path={modelPath} />
      ) : (
        <pre className="rl-pre rl-body-pre">{result.text}</pre>
      )}
    </>
  );
}

/** The formatted text shows at once as plain text; Monaco (highlighting, folding) covers it when loaded. */
function MonacoWithPlainFallback({ text, language, path }: { text: string; language: CodeLanguage; path: string }) {
  const box = useRef<HTMLDivElement>(null);
  const mounted = useMonacoMounted(box);
  return (
    <div className="rl-monaco-box" ref={box} data-monaco-ready={mounted || undefined}>
      {/* Focusable, so the keyboard can scroll it (axe scrollable-region-focusable) until Monaco covers it. */}
      {!mounted && (
        <pre className="rl-pre rl-monaco-fallback" tabIndex={0} aria-label="Response body text">
          {text}
        </pre>
      )}
      <ReadOnlyCodeView text={text} language={language} path={path} editorAriaLabel="Response body text" />
    </div>
  );
}

function BigText({ bytes, info, view, partial }: Props) {
  const rows = useWorkerRows(bytes, info.kind, info.charset, view);
  if (rows.state === 'loading') {
    // The first lines as received stay on screen while the worker formats (no blank between download and rows).
    return (
      <>
        <p className="rl-muted">Formatting in the background…</p>
        <FirstLinesView bytes={bytes} charset={info.charset} complete={!partial} />
      </>
    );
  }
  if (rows.state === 'error') return <p className="rl-warning-text">Could not show the body: {rows.message}</p>;
  return (
    <>
      {rows.info.note && <p className="rl-muted rl-note">{rows.info.note}</p>}
      <RowsView
        body={rows.body}
        view={view}
        info={rows.info}
        highlight={view === 'pretty' && info.kind === 'json' && rows.info.formatted}
        ariaLabel={view === 'pretty' ? 'Formatted lines' : 'Lines'}
      />
    </>
  );
}
