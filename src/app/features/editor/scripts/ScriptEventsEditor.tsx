import { useState } from 'react';
import type { ScriptEvent, ScriptEventName } from '../../../../core/model';
import { eventCode, withEventCode } from '../../../../core/scripts';
import { CodeEditor } from '../CodeEditor';
import { SNIPPETS } from './snippets';
import './scripts.css';

const EVENTS: { id: ScriptEventName; label: string; help: string }[] = [
  { id: 'prerequest', label: 'Pre-request', help: 'Runs before the request is sent: it can set variables and change the URL, headers and body.' },
  { id: 'test', label: 'Tests', help: 'Runs after the response arrives: pm.test checks it, and the results show in the response’s Tests tab.' },
];

export interface ScriptEventsEditorProps {
  /** Where the scripts live, for the editor's model path and the radio group's name. */
  id: string;
  events: readonly ScriptEvent[] | undefined;
  onChange: (events: ScriptEvent[]) => void;
  /** Said before the help, for a collection or a folder: when its scripts run. */
  scopeNote?: string;
  /** Fill the height of the panel it sits in, so the bar above the editor never scrolls away. */
  fill?: boolean;
}

/** A pre-request and a test script (Postman's two events), with the snippets people know. */
export function ScriptEventsEditor({ id, events, onChange, scopeNote, fill }: ScriptEventsEditorProps) {
  const [event, setEvent] = useState<ScriptEventName>('test');
  const code = eventCode(events, event);
  const setCode = (next: string) => onChange(withEventCode(events, event, next));
  const current = EVENTS.find((e) => e.id === event)!;
  return (
    <div className={fill ? 'rl-scripts rl-scripts-fill' : 'rl-scripts'}>
      <div className="rl-section-bar">
        <div role="radiogroup" aria-label="Script" className="rl-segmented">
          {EVENTS.map((e) => (
            <label key={e.id}>
              <input type="radio" name={`rl-script-${id}`} checked={event === e.id} onChange={() => setEvent(e.id)} />
              {e.label}
              {eventCode(events, e.id).trim() !== '' && <span aria-hidden="true"> •</span>}
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
      <p className="rl-note">
        {scopeNote ? `${scopeNote} ` : ''}
        {current.help} Scripts run in an isolated engine that sees only the pm API, for at most 5 s each.
      </p>
      <div role="group" aria-label={`${current.label} script`} className="rl-editor-box rl-script-box">
        <CodeEditor
          key={event}
          path={`reqlab://scripts/${id}/${event}.js`}
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
