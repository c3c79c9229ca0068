import type { Auth, AuthType } from '../../../core/model';

const LABELS: Record<AuthType, string> = {
  inherit: 'Inherit from parent',
  none: 'No auth',
  basic: 'Basic',
  bearer: 'Bearer token',
  apikey: 'API key',
  digest: 'Digest',
};

function blank(type: AuthType): Auth {
  switch (type) {
    case 'basic':
    case 'digest':
      return { type, username: '', password: '' };
    case 'bearer':
      return { type, token: '' };
    case 'apikey':
      return { type, key: '', value: '', in: 'header' };
    default:
      return { type };
  }
}

function Text(props: { label: string; value: string; secret?: boolean; onChange: (v: string) => void }) {
  return (
    <label className="rl-field">
      <span>{props.label}</span>
      <input type={props.secret ? 'password' : 'text'} autoComplete="off" value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </label>
  );
}

/** Auth of a collection or folder, inherited by the requests below it. */
export function AuthEditor(props: { auth: Auth; allowInherit: boolean; onChange: (auth: Auth) => void }) {
  const { auth, onChange } = props;
  const types = (Object.keys(LABELS) as AuthType[]).filter((t) => props.allowInherit || t !== 'inherit');
  return (
    <div className="rl-form">
      <label className="rl-field">
        <span>Auth type</span>
        <select value={auth.type} onChange={(e) => onChange(blank(e.target.value as AuthType))}>
          {types.map((t) => (
            <option key={t} value={t}>
              {LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      {(auth.type === 'basic' || auth.type === 'digest') && (
        <>
          <Text label="Username" value={auth.username} onChange={(username) => onChange({ ...auth, username })} />
          <Text label="Password" secret value={auth.password} onChange={(password) => onChange({ ...auth, password })} />
        </>
      )}
      {auth.type === 'bearer' && <Text label="Token" secret value={auth.token} onChange={(token) => onChange({ ...auth, token })} />}
      {auth.type === 'apikey' && (
        <>
          <Text label="Key" value={auth.key} onChange={(key) => onChange({ ...auth, key })} />
          <Text label="Value" secret value={auth.value} onChange={(value) => onChange({ ...auth, value })} />
          <label className="rl-field">
            <span>Add to</span>
            <select value={auth.in} onChange={(e) => onChange({ ...auth, in: e.target.value as 'header' | 'query' })}>
              <option value="header">Header</option>
              <option value="query">Query params</option>
            </select>
          </label>
        </>
      )}
    </div>
  );
}
