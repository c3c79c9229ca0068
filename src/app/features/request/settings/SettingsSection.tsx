import type { RequestModel } from '../../../../core/model';
import { CountField } from '../../../components/CountField';
import { SendViaGroup } from './SendViaGroup';

type Update = (r: (req: RequestModel) => RequestModel) => void;

export function SettingsSection({ request, update }: { request: RequestModel; update: Update }) {
  const s = request.settings;
  const set = (patch: Partial<typeof s>) => update((r) => ({ ...r, settings: { ...r.settings, ...patch } }));
  return (
    <div className="rl-section rl-form">
      <label className="rl-field">
        <span>Timeout (ms)</span>
        <CountField value={s.timeoutMs} max={3_600_000} describedBy="rl-timeout-note" onChange={(timeoutMs) => set({ timeoutMs })} />
        <span className="rl-note" id="rl-timeout-note">
          0 means no timeout of this request's own.
        </span>
      </label>
      <label className="rl-check">
        <input type="checkbox" checked={s.followRedirects} onChange={(e) => set({ followRedirects: e.target.checked })} />
        <span>Follow redirects</span>
      </label>
      <label className="rl-field">
        <span>Maximum redirects</span>
        <CountField value={s.maxRedirects} max={50} disabled={!s.followRedirects} onChange={(maxRedirects) => set({ maxRedirects })} />
      </label>
      <p className="rl-note">The browser always follows redirects itself; the redirect settings apply through the Local relay.</p>
      <label className="rl-check">
        <input
          type="checkbox"
          checked={s.cookieJar !== false}
          aria-describedby="rl-cookiejar-note"
          onChange={(e) => set({ cookieJar: e.target.checked ? undefined : false })}
        />
        <span>Use the cookie jar</span>
      </label>
      <p className="rl-note" id="rl-cookiejar-note">
        Through the Local relay, cookies that responses set are kept and sent on later matching requests. Off: this request
        sends none from the jar and keeps none it receives.
      </p>
      <SendViaGroup request={request} update={update} />
    </div>
  );
}
