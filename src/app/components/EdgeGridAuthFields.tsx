import type { Auth, EdgeGridAuth } from '../../core/model';
import { EDGEGRID_MAX_BODY } from '../../core/auth/edgegrid';
import { AuthField } from './AuthField';

type OptionalText = 'headersToSign' | 'nonce' | 'timestamp';

/** Akamai EdgeGrid's fields, named as in an .edgerc file and Postman: the signature is made from them, and the request, each time it is sent. */
export function EdgeGridAuthFields({ auth, onChange }: { auth: EdgeGridAuth; onChange: (auth: Auth) => void }) {
  // An optional field left empty is dropped, so a fresh nonce and time are made for each send.
  const setOptional = (field: OptionalText, value: string) => {
    const { [field]: _drop, ...rest } = auth;
    onChange(value === '' ? rest : { ...rest, [field]: value });
  };
  const setMaxBody = (value: string) => {
    const { maxBodySize: _drop, ...rest } = auth;
    // Digits only, as a number field takes them; empty means Akamai's default.
    const n = Number(value.replace(/\D/g, ''));
    onChange(n > 0 ? { ...rest, maxBodySize: n } : rest);
  };
  return (
    <>
      <AuthField label="Client token" value={auth.clientToken} onChange={(clientToken) => onChange({ ...auth, clientToken })} />
      <AuthField label="Client secret" secret value={auth.clientSecret} onChange={(clientSecret) => onChange({ ...auth, clientSecret })} />
      <AuthField label="Access token" value={auth.accessToken} onChange={(accessToken) => onChange({ ...auth, accessToken })} />
      <AuthField label="Headers to sign (optional)" value={auth.headersToSign ?? ''} onChange={(v) => setOptional('headersToSign', v)} placeholder="names the API lists, e.g. X-Custom" />
      <AuthField label="Max body size (optional)" value={auth.maxBodySize !== undefined ? String(auth.maxBodySize) : ''} onChange={setMaxBody} placeholder={`${EDGEGRID_MAX_BODY} bytes of a POST body are hashed`} />
      <AuthField label="Nonce (optional)" value={auth.nonce ?? ''} onChange={(v) => setOptional('nonce', v)} placeholder="a new one for each send" />
      <AuthField label="Timestamp (optional)" value={auth.timestamp ?? ''} onChange={(v) => setOptional('timestamp', v)} placeholder="now, as yyyyMMddTHH:mm:ss+0000" />
    </>
  );
}
