import type { Auth, AuthType, RequestModel } from '../../../../core/model';
import { withAuth } from '../requestEdits';
import { InheritedAuthNote } from '../../collections';

type Update = (r: (req: RequestModel) => RequestModel) => void;

const AUTH_LABELS: Record<AuthType, string> = {
  inherit: 'Inherit from parent',
  none: 'No auth',
  basic: 'Basic',
  bearer: 'Bearer token',
  apikey: 'API key',
  digest: 'Digest (relay only)',
};

function blank(type: AuthType, previous: Auth): Auth {
  // Carry the username/password over between Basic and Digest: people switch to try the other.
  const user = previous.type === 'basic' || previous.type === 'digest' ? previous : { username: '', password: '' };
  switch (type) {
    case 'inherit':
    case 'none':
      return { type };
    case 'basic':
    case 'digest':
      return { type, username: user.username, password: user.password };
    case 'bearer':
      return { type, token: '' };
    case 'apikey':
      return { type, key: '', value: '', in: 'header' };
  }
}

function Field(props: { label: string; value: string; onChange: (v: string) => void; secret?: boolean; placeholder?: string }) {
  return (
    <label className="rl-field">
      <span>{props.label}</span>
      <input
        type={props.secret ? 'password' : 'text'}
        value={props.value}
        placeholder={props.placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

export function AuthSection({ request, update }: { request: RequestModel; update: Update }) {
  const auth = request.auth;
  const set = (next: Auth) => update((r) => withAuth(r, next));
  return (
    <div className="rl-section rl-form">
      <label className="rl-field">
        <span>Auth type</span>
        <select value={auth.type} onChange={(e) => set(blank(e.target.value as AuthType, auth))}>
          {(Object.keys(AUTH_LABELS) as AuthType[]).map((t) => (
            <option key={t} value={t}>
              {AUTH_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      {auth.type === 'inherit' && (
        <p className="rl-note">Uses the auth of the folder or collection this request belongs to; none when it has no parent.</p>
      )}
      {auth.type === 'inherit' && <InheritedAuthNote request={request} />}
      {auth.type === 'none' && <p className="rl-note">No Authorization header is added, even if a parent has auth.</p>}
      {(auth.type === 'basic' || auth.type === 'digest') && (
        <>
          <Field label="Username" value={auth.username} onChange={(username) => set({ ...auth, username })} />
          <Field label="Password" secret value={auth.password} onChange={(password) => set({ ...auth, password })} />
          {auth.type === 'basic' ? (
            <p className="rl-note">Sent as <code>Authorization: Basic</code> with base64 of <code>username:password</code> (not encrypted: use HTTPS).</p>
          ) : (
            <p className="rl-note" role="note">
              Digest needs a challenge round trip that a page cannot do: it works through the Local relay only.
            </p>
          )}
        </>
      )}
      {auth.type === 'bearer' && (
        <>
          <Field label="Token" secret value={auth.token} onChange={(token) => set({ ...auth, token })} placeholder="{{token}}" />
          <Field label="Prefix" value={auth.prefix ?? 'Bearer'} onChange={(prefix) => set({ ...auth, prefix })} />
        </>
      )}
      {auth.type === 'apikey' && (
        <>
          <Field label="Key" value={auth.key} onChange={(key) => set({ ...auth, key })} placeholder="X-API-Key" />
          <Field label="Value" secret value={auth.value} onChange={(value) => set({ ...auth, value })} />
          <label className="rl-field">
            <span>Add to</span>
            <select value={auth.in} onChange={(e) => set({ ...auth, in: e.target.value as 'header' | 'query' })}>
              <option value="header">Header</option>
              <option value="query">Query params</option>
            </select>
          </label>
        </>
      )}
    </div>
  );
}
