import type { AuthType, SpecRef } from '../model';

/** What the Auth tab says about a scheme: one sentence on what is sent, and where it is defined. */
export interface AuthSchemeGuide {
  summary: string;
  spec?: SpecRef;
}

export const AUTH_SCHEME_GUIDE: Record<AuthType, AuthSchemeGuide> = {
  inherit: { summary: "Uses the auth of the folder or collection this request belongs to (Postman's rule); none when no parent has any." },
  none: { summary: 'No Authorization header is added, even when a parent folder or the collection has auth.' },
  basic: {
    summary: 'Sends Authorization: Basic with base64 of username:password on every request. Base64 is not encryption: use HTTPS.',
    spec: { title: 'RFC 7617: The Basic HTTP Authentication Scheme', url: 'https://www.rfc-editor.org/rfc/rfc7617' },
  },
  bearer: {
    summary: 'Sends Authorization: Bearer <token>. Whoever holds the token is let in, so keep it secret and send it over HTTPS only.',
    spec: { title: 'RFC 6750: OAuth 2.0 Bearer Token Usage', url: 'https://www.rfc-editor.org/rfc/rfc6750' },
  },
  apikey: {
    summary: "Sends a key the API gave you, in a header or the query. Each API chooses the name; a key in the URL ends up in logs and history.",
    spec: { title: 'OpenAPI: API key security scheme', url: 'https://spec.openapis.org/oas/v3.1.0#security-scheme-object' },
  },
  digest: {
    summary: 'The server answers 401 with a challenge (a nonce); the client answers with a hash of the password, the nonce and the request, never the password itself.',
    spec: { title: 'RFC 7616: HTTP Digest Access Authentication', url: 'https://www.rfc-editor.org/rfc/rfc7616' },
  },
  ntlm: {
    summary:
      'Windows servers (IIS, Exchange, SharePoint): three messages on one connection: a negotiate, the server’s challenge, and an NTLMv2 answer made from the password’s hash, which never travels. A page cannot hold the connection, so the relay does the handshake.',
    spec: { title: 'Microsoft: [MS-NLMP] NTLM Authentication Protocol', url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/b38c36ed-2804-4868-a9ff-8dd3182128e4' },
  },
  awsv4: {
    summary:
      'Each request is signed with the secret key, which is never sent: Authorization: AWS4-HMAC-SHA256 covers the method, path, query, headers and a hash of the body, with X-Amz-Date; a signature is good for 15 minutes.',
    spec: { title: 'AWS Signature Version 4', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html' },
  },
  jwt: {
    summary:
      'Reqlab signs a JSON Web Token from the payload with the secret (HS*) or private key (RS, PS, ES) each time the request is sent, and sends it as a bearer token. Anyone can read the payload: the signature only proves who made it.',
    spec: { title: 'RFC 7519: JSON Web Token', url: 'https://www.rfc-editor.org/rfc/rfc7519' },
  },
  hawk: {
    summary:
      'Each request carries a MAC of its method, path, host, port, time and a one-time nonce (and the body, if you tick it), made with the key, which is never sent: a copied header fails once replayed or a minute later.',
    spec: { title: 'Hawk: protocol', url: 'https://github.com/mozilla/hawk/blob/main/API.md' },
  },
  oauth1: {
    summary:
      'Each request is signed with the consumer secret and token secret, which are never sent: the signature covers the method, the URL, every parameter and a one-time nonce and time, and goes with the oauth_* parameters in the Authorization header or the query.',
    spec: { title: 'RFC 5849: The OAuth 1.0 Protocol', url: 'https://www.rfc-editor.org/rfc/rfc5849' },
  },
  edgegrid: {
    summary:
      'Akamai’s APIs: each request is signed with the client secret, which is never sent; the signature covers the method, the URL, the headers the API names, a hash of a POST body, the client and access tokens, the time and a one-time nonce.',
    spec: { title: 'Akamai: EdgeGrid authentication', url: 'https://techdocs.akamai.com/developer/docs/authenticate-with-edgegrid' },
  },
  oauth2: {
    summary:
      'Reqlab asks the token endpoint for an access token (with the client credentials, a password, or after you sign in on the server’s own page, with PKCE), keeps it in this browser only, sends it as a bearer token and refreshes it when it expires.',
    spec: { title: 'RFC 6749: The OAuth 2.0 Authorization Framework', url: 'https://www.rfc-editor.org/rfc/rfc6749' },
  },
};
