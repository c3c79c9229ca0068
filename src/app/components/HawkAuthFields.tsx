import { HAWK_ALGORITHMS, type Auth, type HawkAlgorithm } from '../../core/model';
import { AuthField } from './AuthField';

type HawkAuth = Extract<Auth, { type: 'hawk' }>;
type OptionalText = 'extraData' | 'app' | 'delegation' | 'nonce' | 'timestamp';

/** Hawk's fields: the MAC is made from them, and the request, each time it is sent. */
export function HawkAuthFields({ auth, onChange }: { auth: HawkAuth; onChange: (auth: Auth) => void }) {
  // An optional field left empty is dropped, so a fresh nonce and time are made for each send.
  const setOptional = (field: OptionalText, value: string) => {
    const { [field]: _drop, ...rest } = auth;
    onChange(value === '' ? rest : { ...rest, [field]: value });
  };
  return (
    <>
      <AuthField label="Hawk Auth ID" value={auth.authId} onChange={(authId) => onChange({ ...auth, authId })} />
      <AuthField label="Hawk Auth Key" secret value={auth.authKey} onChange={(authKey) => onChange({ ...auth, authKey })} />
      <label className="rl-field">
        <span>Algorithm</span>
        <select value={auth.algorithm} onChange={(e) => onChange({ ...auth, algorithm: e.target.value as HawkAlgorithm })}>
          {HAWK_ALGORITHMS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <AuthField label="Extra data (ext, optional)" value={auth.extraData ?? ''} onChange={(v) => setOptional('extraData', v)} />
      <AuthField label="App ID (optional)" value={auth.app ?? ''} onChange={(v) => setOptional('app', v)} />
      <AuthField label="Delegation (dlg, optional)" value={auth.delegation ?? ''} onChange={(v) => setOptional('delegation', v)} />
      <AuthField label="Nonce (optional)" value={auth.nonce ?? ''} onChange={(v) => setOptional('nonce', v)} placeholder="a new one for each send" />
      <AuthField label="Timestamp (optional)" value={auth.timestamp ?? ''} onChange={(v) => setOptional('timestamp', v)} placeholder="now, in seconds" />
      <label className="rl-field rl-inline">
        <input
          type="checkbox"
          checked={auth.includePayloadHash === true}
          onChange={(e) => {
            const { includePayloadHash: _drop, ...rest } = auth;
            onChange(e.target.checked ? { ...rest, includePayloadHash: true } : rest);
          }}
        />
        <span>Include a hash of the body in the MAC</span>
      </label>
    </>
  );
}
