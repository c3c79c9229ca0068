import type { ReactNode } from 'react';
import { AUTH_SCHEME_GUIDE } from '../../core/auth';
import type { Auth, AuthType } from '../../core/model';
import { AuthField as Field } from './AuthField';
import { EdgeGridAuthFields } from './EdgeGridAuthFields';
import { HawkAuthFields } from './HawkAuthFields';
import { JwtAuthFields } from './JwtAuthFields';
import { OAuth1AuthFields } from './OAuth1AuthFields';
import { OAuth2AuthFields } from './OAuth2AuthFields';

const AUTH_LABELS: Record<AuthType, string> = {
  inherit: 'Inherit from parent',
  none: 'No auth',
  basic: 'Basic',
  bearer: 'Bearer token',
  apikey: 'API key',
  digest: 'Digest (relay only)',
  ntlm: 'NTLM (relay only)',
  awsv4: 'AWS Signature v4',
  jwt: 'JWT bearer',
  hawk: 'Hawk',
  oauth1: 'OAuth 1.0',
  edgegrid: 'Akamai EdgeGrid',
  oauth2: 'OAuth 2.0',
};

function blank(type: AuthType, previous: Auth): Auth {
  // Carry the username/password over between Basic, Digest and NTLM: people switch to try another.
  const user = previous.type === 'basic' || previous.type === 'digest' || previous.type === 'ntlm' ? previous : { username: '', password: '' };
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
    case 'awsv4':
      return { type, accessKey: '', secretKey: '', region: 'us-east-1', service: '' };
    case 'jwt':
      return { type, algorithm: 'HS256', secret: '', privateKey: '', payload: '{\n  "sub": "me",\n  "iat": {{$timestamp}}\n}', header: '', in: 'header' };
    case 'hawk':
      return { type, authId: '', authKey: '', algorithm: 'sha256' };
    case 'oauth1':
      return { type, signatureMethod: 'HMAC-SHA1', consumerKey: '', consumerSecret: '', token: '', tokenSecret: '', version: true, in: 'header' };
    case 'ntlm':
      return { type, username: user.username, password: user.password, domain: '', workstation: '' };
    case 'edgegrid':
      return { type, clientToken: '', clientSecret: '', accessToken: '' };
    case 'oauth2':
      return { type, grant: 'authorization_code', authUrl: '', tokenUrl: '', clientId: '', clientSecret: '', clientAuth: 'basic', scope: '', redirectUri: '', pkce: true, username: '', password: '', in: 'header' };
  }
}

/** One sentence on the chosen scheme and a link to where it is defined, as the learn cards give. */
function AuthSchemeNote({ type }: { type: AuthType }) {
  const guide = AUTH_SCHEME_GUIDE[type];
  return (
    <p className="rl-note rl-auth-guide">
      {guide.summary}
      {guide.spec?.url && (
        <>
          {' '}
          <a href={guide.spec.url} target="_blank" rel="noreferrer noopener">
            {guide.spec.title}
          </a>
        </>
      )}
    </p>
  );
}

/**
 * The auth helper's fields, shared by requests, folders and collections. `note` adds what a
 * place has to say about the chosen scheme (where inherited auth comes from, what is sent …).
 */
export function AuthForm(props: { auth: Auth; onChange: (auth: Auth) => void; allowInherit: boolean; note?: (auth: Auth) => ReactNode }) {
  const { auth, onChange } = props;
  const types = (Object.keys(AUTH_LABELS) as AuthType[]).filter((t) => props.allowInherit || t !== 'inherit');
  return (
    <>
      <label className="rl-field">
        <span>Auth type</span>
        <select value={auth.type} onChange={(e) => onChange(blank(e.target.value as AuthType, auth))}>
          {types.map((t) => (
            <option key={t} value={t}>
              {AUTH_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <AuthSchemeNote type={auth.type} />
      {props.note?.(auth)}
      {(auth.type === 'basic' || auth.type === 'digest') && (
        <>
          <Field label="Username" value={auth.username} onChange={(username) => onChange({ ...auth, username })} />
          <Field label="Password" secret value={auth.password} onChange={(password) => onChange({ ...auth, password })} />
        </>
      )}
      {auth.type === 'ntlm' && (
        <>
          <Field label="Username" value={auth.username} onChange={(username) => onChange({ ...auth, username })} />
          <Field label="Password" secret value={auth.password} onChange={(password) => onChange({ ...auth, password })} />
          <Field label="Domain (optional)" value={auth.domain} onChange={(domain) => onChange({ ...auth, domain })} placeholder="REQLAB" />
          <Field label="Workstation (optional)" value={auth.workstation} onChange={(workstation) => onChange({ ...auth, workstation })} />
        </>
      )}
      {auth.type === 'bearer' && (
        <>
          <Field label="Token" secret value={auth.token} onChange={(token) => onChange({ ...auth, token })} placeholder="{{token}}" />
          <Field label="Prefix" value={auth.prefix ?? 'Bearer'} onChange={(prefix) => onChange({ ...auth, prefix })} />
        </>
      )}
      {auth.type === 'awsv4' && (
        <>
          <Field label="Access key" value={auth.accessKey} onChange={(accessKey) => onChange({ ...auth, accessKey })} placeholder="{{awsAccessKey}}" />
          <Field label="Secret key" secret value={auth.secretKey} onChange={(secretKey) => onChange({ ...auth, secretKey })} />
          <Field label="Region" value={auth.region} onChange={(region) => onChange({ ...auth, region })} placeholder="us-east-1" />
          <Field label="Service name" value={auth.service} onChange={(service) => onChange({ ...auth, service })} placeholder="execute-api, s3 …" />
          <Field
            label="Session token (optional)"
            secret
            value={auth.sessionToken ?? ''}
            onChange={(sessionToken) => {
              const { sessionToken: _drop, ...rest } = auth;
              onChange(sessionToken === '' ? rest : { ...rest, sessionToken });
            }}
          />
        </>
      )}
      {auth.type === 'jwt' && <JwtAuthFields auth={auth} onChange={onChange} />}
      {auth.type === 'hawk' && <HawkAuthFields auth={auth} onChange={onChange} />}
      {auth.type === 'oauth1' && <OAuth1AuthFields auth={auth} onChange={onChange} />}
      {auth.type === 'edgegrid' && <EdgeGridAuthFields auth={auth} onChange={onChange} />}
      {auth.type === 'oauth2' && <OAuth2AuthFields auth={auth} onChange={onChange} />}
      {auth.type === 'apikey' && (
        <>
          <Field label="Key" value={auth.key} onChange={(key) => onChange({ ...auth, key })} placeholder="X-API-Key" />
          <Field label="Value" secret value={auth.value} onChange={(value) => onChange({ ...auth, value })} />
          <label className="rl-field">
            <span>Add to</span>
            <select value={auth.in} onChange={(e) => onChange({ ...auth, in: e.target.value as 'header' | 'query' })}>
              <option value="header">Header</option>
              <option value="query">Query params</option>
            </select>
          </label>
        </>
      )}
    </>
  );
}
