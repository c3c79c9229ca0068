import type { BodyMode, RequestModel } from '../../../../core/model';
import { COMMON_MEDIA_TYPES } from '../../../../core/http/headers';
import { FilePicker } from '../../../components/FilePicker';
import { KeyValueTable } from '../../../components/KeyValueTable';
import { withBodyMode } from '../requestEdits';
import { GraphqlBodyEditor } from './GraphqlBodyEditor';
import { MultipartTable } from './MultipartTable';
import { RawBodyEditor } from './RawBodyEditor';

type Update = (r: (req: RequestModel) => RequestModel) => void;

const MODES: [BodyMode, string][] = [
  ['none', 'none'],
  ['json', 'JSON'],
  ['text', 'Text'],
  ['xml', 'XML'],
  ['html', 'HTML'],
  ['urlencoded', 'Form URL-encoded'],
  ['multipart', 'Multipart form'],
  ['binary', 'Binary file'],
  ['graphql', 'GraphQL'],
];

export function BodySection({ tabId, request, update }: { tabId: string; request: RequestModel; update: Update }) {
  const mode = request.body.mode;
  return (
    <div className="rl-section rl-body">
      <label className="rl-field rl-inline">
        <span>Body type</span>
        <select aria-label="Body type" value={mode} onChange={(e) => update((r) => withBodyMode(r, e.target.value as BodyMode))}>
          {MODES.map(([m, label]) => (
            <option key={m} value={m}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {mode === 'none' && <p className="rl-note">This request has no body. Pick a type to add one; what you typed in other types is kept.</p>}
      {(mode === 'json' || mode === 'text' || mode === 'xml' || mode === 'html') && (
        <RawBodyEditor tabId={tabId} mode={mode} request={request} update={update} />
      )}
      {mode === 'urlencoded' && (
        <KeyValueTable
          label="Form fields"
          rows={request.body.urlencoded}
          onChange={(urlencoded) => update((r) => ({ ...r, body: { ...r.body, urlencoded } }))}
        />
      )}
      {mode === 'multipart' && <MultipartTable request={request} update={update} />}
      {mode === 'binary' && (
        <div className="rl-form">
          <FilePicker
            label="Body file"
            file={request.body.binary}
            onPick={(binary) => update((r) => ({ ...r, body: { ...r.body, binary } }))}
          />
          <p className="rl-note">The file's bytes are sent as they are; Content-Type is the file's type unless you set one.</p>
        </div>
      )}
      {mode === 'graphql' && <GraphqlBodyEditor tabId={tabId} request={request} update={update} />}
      <datalist id="rl-media-types">
        {COMMON_MEDIA_TYPES.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
    </div>
  );
}
