import { JWT_ALGORITHMS, type Auth, type JwtAlgorithm } from '../../core/model';
import { AuthField } from './AuthField';
import { TextAreaField } from './TextAreaField';

type JwtAuth = Extract<Auth, { type: 'jwt' }>;

/** JWT bearer's fields: the token is signed from them each time the request is sent. */
export function JwtAuthFields({ auth, onChange }: { auth: JwtAuth; onChange: (auth: Auth) => void }) {
  const hmac = auth.algorithm.startsWith('HS');
  return (
    <>
      <label className="rl-field">
        <span>Algorithm</span>
        <select value={auth.algorithm} onChange={(e) => onChange({ ...auth, algorithm: e.target.value as JwtAlgorithm })}>
          {JWT_ALGORITHMS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      {hmac ? (
        <>
          <AuthField label="Secret" secret value={auth.secret} onChange={(secret) => onChange({ ...auth, secret })} />
          <label className="rl-field rl-inline">
            <input
              type="checkbox"
              checked={auth.secretBase64 === true}
              onChange={(e) => {
                const { secretBase64: _drop, ...rest } = auth;
                onChange(e.target.checked ? { ...rest, secretBase64: true } : rest);
              }}
            />
            <span>Secret is base64 encoded</span>
          </label>
        </>
      ) : (
        <TextAreaField
          label="Private key"
          rows={4}
          value={auth.privateKey}
          onChange={(privateKey) => onChange({ ...auth, privateKey })}
          placeholder="-----BEGIN PRIVATE KEY-----"
          hint={`PKCS #8 PEM: ${auth.algorithm.startsWith('ES') ? 'an EC key' : 'an RSA key'}. {{variables}} are resolved.`}
        />
      )}
      <TextAreaField
        label="Payload"
        rows={5}
        value={auth.payload}
        onChange={(payload) => onChange({ ...auth, payload })}
        hint="JSON claims (sub, iat, exp …). {{variables}} are resolved first: {{$timestamp}} is now, in seconds."
      />
      <TextAreaField
        label="Extra header fields"
        rows={2}
        value={auth.header}
        onChange={(header) => onChange({ ...auth, header })}
        placeholder='{ "kid": "key-1" }'
        hint="Optional JSON; alg comes from the algorithm above, typ is JWT unless set here."
      />
      <label className="rl-field">
        <span>Add token to</span>
        <select value={auth.in} onChange={(e) => onChange({ ...auth, in: e.target.value as 'header' | 'query' })}>
          <option value="header">Authorization header</option>
          <option value="query">Query params</option>
        </select>
      </label>
      {auth.in === 'header' ? (
        <AuthField label="Header prefix" value={auth.prefix ?? 'Bearer'} onChange={(prefix) => onChange({ ...auth, prefix })} />
      ) : (
        <AuthField label="Query param name" value={auth.queryKey ?? 'token'} onChange={(queryKey) => onChange({ ...auth, queryKey })} />
      )}
    </>
  );
}
