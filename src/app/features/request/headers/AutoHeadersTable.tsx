import { newKeyValue, type RequestModel } from '../../../../core/model';
import { withAutoHeaderDisabled, withHeaders } from '../requestEdits';
import { autoHeaders } from './autoHeaders';

/** Headers Reqlab adds itself: listed so nothing is hidden, each can be switched off or overridden. */
export function AutoHeadersTable({ request, update }: { request: RequestModel; update: (r: (req: RequestModel) => RequestModel) => void }) {
  const userNames = new Set(request.headers.filter((h) => h.enabled).map((h) => h.key.trim().toLowerCase()));
  const disabled = new Set(request.disabledAutoHeaders ?? []);
  return (
    <table className="rl-kv rl-auto-headers" aria-label="Headers added by Reqlab">
      <thead>
        <tr>
          <th className="rl-kv-toggle">Send</th>
          <th>Header</th>
          <th>Value</th>
          <th>Why</th>
          <th>
            <span className="rl-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {autoHeaders(request).map((h) => {
          const lower = h.name.toLowerCase();
          const overridden = userNames.has(lower);
          return (
            <tr key={h.name} className={overridden || disabled.has(lower) ? 'rl-kv-disabled' : undefined}>
              <td className="rl-kv-toggle">
                <input
                  type="checkbox"
                  aria-label={`Send ${h.name}`}
                  checked={!disabled.has(lower) && !overridden}
                  disabled={overridden || !h.switchable}
                  title={h.switchable ? undefined : 'Always sent; override it with your own value instead'}
                  onChange={(e) => update((r) => withAutoHeaderDisabled(r, h.name, !e.target.checked))}
                />
              </td>
              <td className="rl-mono">{h.name}</td>
              <td className="rl-mono">{h.value}</td>
              <td className="rl-note">{overridden ? 'overridden by your header above' : `added by Reqlab: ${h.note}`}</td>
              <td>
                {!overridden && (
                  <button
                    type="button"
                    aria-label={`Override ${h.name}`}
                    onClick={() =>
                      update((r) =>
                        withHeaders(r, [...r.headers, newKeyValue(h.name, h.overrideValue ?? '')]),
                      )
                    }
                  >
                    Override
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
