import { OAUTH1_SIGNATURE_METHODS, type Auth, type OAuth1Auth, type OAuth1SignatureMethod } from '../../core/model';
import { AuthField } from './AuthField';
import { TextAreaField } from './TextAreaField';

type OptionalText = 'callback' | 'verifier' | 'realm' | 'nonce' | 'timestamp';

/** OAuth 1.0's fields, as Postman names them: the signature is made from them, and the request, each time it is sent. */
export function OAuth1AuthFields({ auth, onChange }: { auth: OAuth1Auth; onChange: (auth: Auth) => void }) {
  // An optional field left empty is dropped, so a fresh nonce and time are made for each send.
  const setOptional = (field: OptionalText, value: string) => {
    const { [field]: _drop, ...rest } = auth;
    onChange(value === '' ? rest : { ...rest, [field]: value });
  };
  const setFlag = (field: 'includeEmpty' | 'includeBodyHash', on: boolean) => {
    const { [field]: _drop, ...rest } = auth;
    onChange(on ? { ...rest, [field]: true } : rest);
  };
  // RFC 5849 §3.4.3: RSA-SHA1 signs with the consumer's private key; neither secret is used.
  const rsa = auth.signatureMethod.startsWith('RSA-');
  return (
    <>
      <label className="rl-field">
        <span>Signature method</span>
        <select value={auth.signatureMethod} onChange={(e) => onChange({ ...auth, signatureMethod: e.target.value as OAuth1SignatureMethod })}>
          {OAUTH1_SIGNATURE_METHODS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <AuthField label="Consumer key" value={auth.consumerKey} onChange={(consumerKey) => onChange({ ...auth, consumerKey })} />
      {rsa ? (
        <TextAreaField
          label="Private key"
          rows={4}
          value={auth.privateKey ?? ''}
          onChange={(privateKey) => onChange({ ...auth, privateKey })}
          placeholder="-----BEGIN PRIVATE KEY-----"
          hint="The consumer's RSA key, PKCS #8 PEM; the service holds its public key. {{variables}} are resolved."
        />
      ) : (
        <AuthField label="Consumer secret" secret value={auth.consumerSecret} onChange={(consumerSecret) => onChange({ ...auth, consumerSecret })} />
      )}
      <AuthField label="Access token" value={auth.token} onChange={(token) => onChange({ ...auth, token })} />
      {!rsa && <AuthField label="Token secret" secret value={auth.tokenSecret} onChange={(tokenSecret) => onChange({ ...auth, tokenSecret })} />}
      <label className="rl-field">
        <span>Add authorization data to</span>
        <select value={auth.in} onChange={(e) => onChange({ ...auth, in: e.target.value as OAuth1Auth['in'] })}>
          <option value="header">Request headers</option>
          <option value="query">Request URL (query)</option>
        </select>
      </label>
      <AuthField label="Callback URL (optional)" value={auth.callback ?? ''} onChange={(v) => setOptional('callback', v)} />
      <AuthField label="Verifier (optional)" value={auth.verifier ?? ''} onChange={(v) => setOptional('verifier', v)} />
      <AuthField label="Realm (optional)" value={auth.realm ?? ''} onChange={(v) => setOptional('realm', v)} />
      <AuthField label="Nonce (optional)" value={auth.nonce ?? ''} onChange={(v) => setOptional('nonce', v)} placeholder="a new one for each send" />
      <AuthField label="Timestamp (optional)" value={auth.timestamp ?? ''} onChange={(v) => setOptional('timestamp', v)} placeholder="now, in seconds" />
      <label className="rl-field rl-inline">
        <input type="checkbox" checked={auth.version} onChange={(e) => onChange({ ...auth, version: e.target.checked })} />
        <span>Send oauth_version="1.0"</span>
      </label>
      <label className="rl-field rl-inline">
        <input type="checkbox" checked={auth.includeEmpty === true} onChange={(e) => setFlag('includeEmpty', e.target.checked)} />
        <span>Send and sign empty parameters (an empty access token)</span>
      </label>
      <label className="rl-field rl-inline">
        <input type="checkbox" checked={auth.includeBodyHash === true} onChange={(e) => setFlag('includeBodyHash', e.target.checked)} />
        <span>Include a hash of the body (oauth_body_hash), for bodies that are not forms</span>
      </label>
    </>
  );
}
