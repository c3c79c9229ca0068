import type { RequestModel } from '../../../../core/model';
import { SendViaGroup } from './SendViaGroup';

type Update = (r: (req: RequestModel) => RequestModel) => void;

function toCount(text: string, max: number): number {
  const n = Math.floor(Number(text));
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : 0;
}

export function SettingsSection({ request, update }: { request: RequestModel; update: Update }) {
  const s = request.settings;
  const set = (patch: Partial<typeof s>) => update((r) => ({ ...r, settings: { ...r.settings, ...patch } }));
  return (
    <div className="rl-section rl-form">
      <label className="rl-field">
        <span>Timeout (ms)</span>
        <input
          type="number"
          min={0}
          step={100}
          value={s.timeoutMs}
          onChange={(e) => set({ timeoutMs: toCount(e.target.value, 3_600_000) })}
        />
        <span className="rl-note">0 means no timeout of this request's own.</span>
      </label>
      <label className="rl-check">
        <input type="checkbox" checked={s.followRedirects} onChange={(e) => set({ followRedirects: e.target.checked })} />
        <span>Follow redirects</span>
      </label>
      <label className="rl-field">
        <span>Maximum redirects</span>
        <input
          type="number"
          min={0}
          max={50}
          value={s.maxRedirects}
          disabled={!s.followRedirects}
          onChange={(e) => set({ maxRedirects: toCount(e.target.value, 50) })}
        />
      </label>
      <p className="rl-note">The browser always follows redirects itself; the redirect settings apply through the Local relay.</p>
      <SendViaGroup request={request} update={update} />
    </div>
  );
}
