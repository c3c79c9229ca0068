import type { RequestModel, SenderId } from '../../../../core/model';
import { relayAvailable, resolveSenderId } from '../../../../transport';

type Update = (r: (req: RequestModel) => RequestModel) => void;

const OPTIONS: { id: SenderId; label: string; hint: string }[] = [
  { id: 'relay', label: 'Local relay', hint: "Reqlab's own server sends it: any header, cookies, timing phases, no CORS." },
  { id: 'browser', label: 'Browser (direct)', hint: 'This page sends it: the browser adds its own headers and applies CORS.' },
];

export function SendViaGroup({ request, update }: { request: RequestModel; update: Update }) {
  const hasRelay = relayAvailable();
  const current = resolveSenderId(request.settings.sender);
  return (
    <fieldset className="rl-sendvia">
      <legend id="rl-sendvia-label">Send via</legend>
      <div role="radiogroup" aria-labelledby="rl-sendvia-label">
        {OPTIONS.map((o) => {
          const disabled = o.id === 'relay' && !hasRelay;
          return (
            <div key={o.id} className="rl-radio">
              <label>
                <input
                  type="radio"
                  name="rl-send-via"
                  value={o.id}
                  checked={current === o.id}
                  disabled={disabled}
                  aria-describedby={`rl-sendvia-${o.id}-hint`}
                  onChange={() => update((r) => ({ ...r, settings: { ...r.settings, sender: o.id } }))}
                />
                <span>{o.label}</span>
              </label>
              <span id={`rl-sendvia-${o.id}-hint`} className="rl-note">
                {' '}
                — {o.hint}
              </span>
            </div>
          );
        })}
      </div>
      {!hasRelay && (
        <p className="rl-note" role="note">
          The Local relay is only there when Reqlab's own server (<code>npm start</code>) serves this page; here the page is plain
          static files, so requests go straight from the browser.
        </p>
      )}
    </fieldset>
  );
}
