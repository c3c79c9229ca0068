import { useState } from 'react';
import type { RequestModel } from '../../../../core/model';
import type { ScriptEventName } from '../../../../core/model/scripts';
import { eventCode, withEventCode } from '../../../../core/scripts';
import { CodeEditor } from '../../editor';
import { SNIPPETS } from './snippets';

type Update = (r: (req: RequestModel) => RequestModel) => void;

const EVENTS: { id: ScriptEventName; label: string; help: string }[] = [
  { id: 'prerequest', label: 'Pre-request', help: 'Runs before the request is sent: it can set variables and change the URL, headers and body.' },
  { id: 'test', label: 'Tests', help: 'Runs after the response arrives: pm.test checks it, and the results show in the response’s Tests tab.' },
];

/** The request's Postman scripts: a pre-request and a test script, with the snippets people know. */
export function ScriptsSection({ tabId, request, update }: { tabId: string; request: RequestModel; update: Update }) {
  const [event, setEvent] = useState<ScriptEventName>('test');
  const code = eventCode(request.events, event);
  const setCode = (next: string) => update((req) => ({ ...req, events: withEventCode(req.events, event, next) }));
  const current = EVENTS.find((e) => e.id === event)!;
  return (
    <div className="rl-scripts">
      <div className="rl-section-bar">
        <div role="radiogroup" aria-label="Script" className="rl-segmented">
          {EVENTS.map((e) => (
            <label key={e.id}>
              <input type="radio" name={`rl-script-${tabId}`} checked={event === e.id} onChange={() => setEvent(e.id)} />
              {e.label}
              {eventCode(request.events, e.id).trim() !== '' && <span aria-hidden="true"> •</span>}
            </label>
          ))}
        </div>
        <label>
          Insert snippet{' '}
          <select
            value=""
            onChange={(e) => {
              const snippet = SNIPPETS.find((s) => s.name === e.currentTarget.value);
              if (snippet) setCode(code === '' ? snippet.code : `${code.replace(/\n*$/, '')}\n${snippet.code}`);
            }}
          >
            <option value="">Choose…</option>
            {SNIPPETS.filter((s) => s.event === 'both' || s.event === event).map((s) => (
              <option key={s.name}>{s.name}</option>
            ))}
          </select>
        </label>
      </div>
      <p className="rl-note">{current.help} Scripts run in an isolated engine that sees only the pm API, for at most 5 s each.</p>
      <div role="group" aria-label={`${current.label} script`} className="rl-editor-box">
        <CodeEditor
          key={event}
          path={`reqlab://request/${tabId}/${event}.js`}
          language="javascript"
          value={code}
          editorAriaLabel={`${current.label} script editor`}
          onChange={setCode}
          placeholder={event === 'test' ? "pm.test('Status code is 200', () => pm.response.to.have.status(200));" : "pm.environment.set('name', 'value');"}
        />
      </div>
    </div>
  );
}
