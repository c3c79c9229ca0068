import { useState } from 'react';
import { urlParts } from '../../../../core/learn/stepRequest';
import type { Exchange } from '../../../../core/model';
import { ANATOMY } from './anatomyParts';
import { jumpToEditor } from './jumpToEditor';

function Part({ id, text, onShow }: { id: string; text: string; onShow: (id: string) => void }) {
  const info = ANATOMY[id]!;
  return (
    <button
      type="button"
      className={`rl-anat-part rl-anat-${id}`}
      aria-label={`${info.label}: ${text}`}
      aria-describedby="rl-anat-explain"
      onMouseEnter={() => onShow(id)}
      onFocus={() => onShow(id)}
      onClick={() => jumpToEditor(info.place)}
    >
      {text}
    </button>
  );
}

/**
 * The learner's own last exchange taken apart: the URL they typed, the request line and headers that
 * were sent, and the status line and headers that came back. Each part explains itself on hover and
 * focus; a click goes to the editor control that sets it.
 */
export function AnatomyDiagram({ url, exchange }: { url: string; exchange: Exchange }) {
  const [active, setActive] = useState('method');
  const { prepared, response } = exchange;
  if (!prepared || !response) {
    return <p className="rl-note">Send the request: its parts are drawn here, from what was really sent and received.</p>;
  }
  const parts = urlParts(url) ?? urlParts(prepared.url) ?? [];
  const target = parts.filter((p) => p.part === 'path' || p.part === 'query');
  const sentHeaders = response.sent?.headers ?? prepared.headers.map((h) => [h.name, h.value] as [string, string]);
  const bodySize = prepared.body?.byteLength ?? 0;
  return (
    <figure className="rl-anat" aria-labelledby="rl-anat-caption">
      <figcaption id="rl-anat-caption">Your exchange, part by part (hover or focus a part; click to edit it)</figcaption>
      <p className="rl-anat-row" aria-label="The URL you typed">
        {parts.map((p) => (
          <Part key={p.part} id={p.part} text={p.text} onShow={setActive} />
        ))}
      </p>
      <div className="rl-anat-message" role="group" aria-label="Request as sent">
        <p className="rl-anat-row">
          <Part id="method" text={prepared.method} onShow={setActive} />{' '}
          {target.map((p) => (
            <Part key={p.part} id={p.part} text={p.text} onShow={setActive} />
          ))}{' '}
          <Part id="version" text={`HTTP/${response.httpVersion || '1.1'}`} onShow={setActive} />
        </p>
        <Part id="requestHeaders" text={sentHeaders.map(([n, v]) => `${n}: ${v}`).join('\n') || '(none)'} onShow={setActive} />
        <Part id="requestBody" text={bodySize > 0 ? `${bodySize} bytes` : '(no body)'} onShow={setActive} />
      </div>
      <div className="rl-anat-message" role="group" aria-label="Response as received">
        <p className="rl-anat-row">
          <Part id="version" text={`HTTP/${response.httpVersion || '1.1'}`} onShow={setActive} />{' '}
          <Part id="status" text={String(response.status)} onShow={setActive} /> <Part id="reason" text={response.statusText || '(none)'} onShow={setActive} />
        </p>
        <Part id="responseHeaders" text={response.headers.map(([n, v]) => `${n}: ${v}`).join('\n')} onShow={setActive} />
        <Part id="responseBody" text={`${response.bodySize} bytes`} onShow={setActive} />
      </div>
      <p id="rl-anat-explain" className="rl-anat-explain" aria-live="polite">
        <strong>{ANATOMY[active]!.label}.</strong> {ANATOMY[active]!.explain}
      </p>
    </figure>
  );
}
