import { useContext, useState } from 'react';
import type { RawBodyMode, RequestModel } from '../../../../core/model';
import { CodeEditor, type CodeLanguage, type EditorMarker } from '../../editor';
import { formatJson } from './formatJson';
import { VariableLookupContext } from '../../../components/variableInput/variableLookupContext';

type Update = (r: (req: RequestModel) => RequestModel) => void;

const LANGUAGE: Record<RawBodyMode, CodeLanguage> = { json: 'json', text: 'plaintext', xml: 'xml', html: 'html' };
const EXTENSION: Record<RawBodyMode, string> = { json: 'json', text: 'txt', xml: 'xml', html: 'html' };

export function RawBodyEditor({ tabId, mode, request, update }: { tabId: string; mode: RawBodyMode; request: RequestModel; update: Update }) {
  const [markers, setMarkers] = useState<EditorMarker[]>([]);
  const [formatError, setFormatError] = useState<string | null>(null);
  const variables = useContext(VariableLookupContext);
  return (
    <div className="rl-body-raw">
      {mode === 'json' && (
        <div className="rl-section-bar">
          <button
            type="button"
            onClick={() => {
              const r = formatJson(request.body.raw);
              if (r.ok) {
                setFormatError(null);
                update((req) => ({ ...req, body: { ...req.body, raw: r.text } }));
              } else setFormatError(r.message);
            }}
          >
            Format
          </button>
          {formatError && <span className="rl-error-text">{formatError}</span>}
        </div>
      )}
      <div role="group" aria-label="Request body" className="rl-editor-box">
        <CodeEditor
          path={`reqlab://request/${tabId}/body.${EXTENSION[mode]}`}
          language={LANGUAGE[mode]}
          value={request.body.raw}
          editorAriaLabel="Request body editor"
          onChange={(raw) => update((req) => ({ ...req, body: { ...req.body, raw } }))}
          onValidate={setMarkers}
          variables={variables}
        />
      </div>
      {mode === 'json' && markers.length > 0 && (
        <p className="rl-error-text" id="rl-body-errors">
          {markers.length === 1 ? '1 JSON problem' : `${markers.length} JSON problems`}: line {markers[0]!.line}, column {markers[0]!.column}:{' '}
          {markers[0]!.message}
        </p>
      )}
    </div>
  );
}
