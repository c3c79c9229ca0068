import { newId, newKeyValue, newRequest, newRequestBody, type Collection, type CollectionItem, type Folder, type RequestModel } from '../model';

interface Stop {
  name: string;
  method?: string;
  /** Server-relative (`/sandbox/…`), so the tour works on whatever port Reqlab runs; `{{crossOrigin}}` for the second address. */
  url: string;
  description: string;
  json?: unknown;
  headers?: [string, string][];
  auth?: RequestModel['auth'];
}

const FOLDERS: { name: string; description: string; stops: Stop[] }[] = [
  {
    name: 'Echo',
    description: 'The sandbox answers with the request as it received it.',
    stops: [
      { name: 'Echo a GET', url: '/sandbox/anything?hello=world', description: 'Method, path, query, headers and body exactly as they arrived.' },
      { name: 'Echo a JSON POST', method: 'POST', url: '/sandbox/anything', json: { hello: 'world' }, description: 'The echo parses the JSON body and shows its SHA-256.' },
    ],
  },
  {
    name: 'Books (CRUD)',
    description: 'A small REST API with in-memory books: POST /sandbox/reset puts the eight seed books back.',
    stops: [
      { name: 'List books', url: '/sandbox/books?q=le guin&page=1&limit=5', description: 'Search, pages and a Link header to the next page.' },
      { name: 'Get a book', url: '/sandbox/books/1', description: 'One book, with an ETag for conditional requests.' },
      { name: 'Create a book', method: 'POST', url: '/sandbox/books', json: { title: 'Kindred', author: 'Octavia E. Butler', year: 1979 }, description: '201 Created and a Location header; a duplicate ISBN is 409 Conflict.' },
      { name: 'Replace a book', method: 'PUT', url: '/sandbox/books/2', json: { title: 'SICP', author: 'Harold Abelson, Gerald Jay Sussman', year: 1985 }, description: 'PUT sends the whole book: members left out are gone.' },
      { name: 'Change a book', method: 'PATCH', url: '/sandbox/books/3', json: { year: 2004 }, headers: [['Content-Type', 'application/merge-patch+json']], description: 'JSON Merge Patch: only what you send changes.' },
      { name: 'Delete a book', method: 'DELETE', url: '/sandbox/books/8', description: '204 No Content, then 404 for the same book.' },
      { name: 'Reset the books', method: 'POST', url: '/sandbox/reset', description: 'The eight seed books again.' },
    ],
  },
  {
    name: 'Status codes and redirects',
    description: 'Any status on request, and redirect chains to follow.',
    stops: [
      { name: 'Any status', url: '/sandbox/status/418', description: 'Answers with the code in the path, and what a real server sends with it.' },
      { name: 'Rate limit', url: '/sandbox/limited', description: 'Three per ten seconds, then 429 with Retry-After.' },
      { name: 'Redirect three times', url: '/sandbox/redirect/3', description: 'Three 302 hops; Settings → Follow redirects decides whether they are followed.' },
      { name: 'Slow answer', url: '/sandbox/delay/500', description: 'Waits before answering: see the wait in Timing.' },
    ],
  },
  {
    name: 'Auth and cookies',
    description: 'Authentication schemes and a session cookie.',
    stops: [
      { name: 'Basic auth', url: '/sandbox/basic-auth/ada/lovelace', auth: { type: 'basic', username: 'ada', password: 'lovelace' }, description: '200 only with the right user and password; 401 with WWW-Authenticate otherwise.' },
      { name: 'Bearer token', url: '/sandbox/bearer', auth: { type: 'bearer', token: 'any-token' }, description: 'Any Bearer token passes.' },
      { name: '401 or 403', url: '/sandbox/admin', auth: { type: 'bearer', token: 'reader' }, description: 'No token: 401. The reader token: 403. The admin token: 200.' },
      {
        name: 'AWS Signature v4',
        url: '/sandbox/aws/books',
        auth: { type: 'awsv4', accessKey: 'SANDBOXAWSKEY', secretKey: 'sandbox-aws-secret', region: 'eu-west-1', service: 'execute-api' },
        description: 'Signed with the sandbox’s key pair: 200. Change the secret key and the sandbox answers SignatureDoesNotMatch with the canonical request it expected.',
      },
      {
        name: 'JWT bearer',
        url: '/sandbox/jwt/me',
        auth: { type: 'jwt', algorithm: 'HS256', secret: 'sandbox-jwt-secret', privateKey: '', payload: '{"sub": "ada", "iat": {{$timestamp}}}', header: '', in: 'header' },
        description: 'Reqlab signs a token with the sandbox’s secret: 200 with the claims. Another secret, an expired exp or alg none: 401. Demo keys for RS, PS and ES at /sandbox/jwt/keys.',
      },
      {
        name: 'Hawk',
        url: '/sandbox/hawk/books',
        auth: { type: 'hawk', authId: 'dh37fgj492je', authKey: 'werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn', algorithm: 'sha256' },
        description: 'A MAC made with the key from Hawk’s own documentation: 200. Send the same header again (Copy as cURL) and the nonce is refused; change the key and the MAC is.',
      },
      {
        name: 'OAuth 1.0',
        url: '/sandbox/oauth1/photos?file=vacation.jpg',
        auth: { type: 'oauth1', signatureMethod: 'HMAC-SHA1', consumerKey: 'reqlab-consumer', consumerSecret: 'reqlab-consumer-secret', token: 'reqlab-token', tokenSecret: 'reqlab-token-secret', version: true, in: 'header' },
        description: 'Each send is signed (HMAC-SHA1 over the method, URL, parameters, a nonce and the time): 200. Change a secret and the signature is refused; replay the same header and the nonce is.',
      },
      {
        name: 'Akamai EdgeGrid',
        url: '/sandbox/edgegrid/papi/v1/groups',
        auth: { type: 'edgegrid', clientToken: 'akab-sandbox-client-token', clientSecret: 'sandbox-edgegrid-secret=', accessToken: 'akab-sandbox-access-token' },
        description: 'Signed as Akamai’s APIs ask (EG1-HMAC-SHA256 over the method, host, path, a POST body’s hash, the time and a nonce), and checked by Akamai’s own signer: 200. Change the client secret and it is refused.',
      },
      {
        name: 'OAuth 2.0',
        url: '/sandbox/oauth/resource',
        auth: {
          type: 'oauth2', grant: 'authorization_code', authUrl: '/sandbox/oauth/authorize', tokenUrl: '/sandbox/oauth/token', clientId: 'reqlab-public', clientSecret: '',
          clientAuth: 'basic', scope: 'books:read', redirectUri: '', pkce: true, username: '', password: '', in: 'header',
        },
        description: 'A real authorization server: press “Get new access token” in the Auth tab, sign in as ada / lovelace in the popup, and the token (PKCE, state checked) opens the resource. Without it: 401.',
      },
      { name: 'API key', url: '/sandbox/api-key', headers: [['X-API-Key', 'sandbox-key']], description: 'A key in X-API-Key (or ?api_key=).' },
      {
        name: 'NTLM',
        url: '/sandbox/ntlm/whoami',
        auth: { type: 'ntlm', username: 'ada', password: 'lovelace', domain: 'REQLAB', workstation: '' },
        description: 'Windows sign-in, relay only: a negotiate, the server’s challenge, and an NTLMv2 answer made from the password’s hash, all on one connection. Look at Raw for the last of the three. A wrong password: 401 with the reason.',
      },
      { name: 'Digest auth', url: '/sandbox/digest-auth/alice/secret', auth: { type: 'digest', username: 'alice', password: 'secret' }, description: 'A challenge round trip: relay only.' },
      { name: 'Log in', url: '/sandbox/login', description: 'Sets an HttpOnly session cookie; the cookie jar keeps it.' },
      { name: 'Cookies sent', url: '/sandbox/cookies', description: 'Shows the cookies that came with the request.' },
      { name: 'Set a cookie', url: '/sandbox/cookies/set?theme=dark', description: 'One Set-Cookie per query pair; /sandbox/cookies/delete?theme removes it.' },
    ],
  },
  {
    name: 'Bodies and formats',
    description: 'Response bodies of every kind, from bytes to hundreds of MB.',
    stops: [
      { name: 'Compressed (gzip)', url: '/sandbox/gzip', description: 'A gzip-encoded JSON body, unpacked by the client.' },
      { name: 'Compressed (deflate)', url: '/sandbox/deflate', description: 'The same with Content-Encoding: deflate.' },
      { name: 'Compressed (brotli)', url: '/sandbox/brotli', description: 'The same with Content-Encoding: br.' },
      { name: 'XML', url: '/sandbox/xml', description: 'An XML document, pretty-printed by the viewer.' },
      { name: 'Random bytes', url: '/sandbox/bytes/1024?seed=1', description: 'Binary, repeatable with a seed: see the Hex view.' },
      { name: 'Big JSON', url: '/sandbox/json?mb=5', description: 'About 5 MB of JSON, generated as it is sent.' },
      { name: 'Image', url: '/sandbox/image', description: 'A PNG, shown as an image.' },
      { name: 'HTML', url: '/sandbox/html', description: 'An HTML page, shown sandboxed.' },
      { name: 'Dripped bytes', url: '/sandbox/drip?bytes=10&duration=2000', description: 'Ten bytes over two seconds.' },
    ],
  },
  {
    name: 'CORS',
    description: 'The same sandbox at a second address ({{crossOrigin}}): another origin, so the browser applies CORS.',
    stops: [
      { name: 'Blocked in the browser', url: '{{crossOrigin}}/sandbox/no-cors', description: 'Sent with the Browser sender, the answer is hidden: it has no Access-Control-Allow-Origin. The relay gets it.' },
      { name: 'Preflighted PUT', method: 'PUT', url: '{{crossOrigin}}/sandbox/anything', json: { preflight: true }, description: 'With the Browser sender, an OPTIONS preflight goes first.' },
    ],
  },
];

function requestFor(stop: Stop): RequestModel {
  return newRequest({
    name: stop.name,
    description: stop.description,
    method: stop.method ?? 'GET',
    url: stop.url,
    headers: (stop.headers ?? []).map(([k, v]) => newKeyValue(k, v)),
    auth: stop.auth ?? { type: 'inherit' },
    body: stop.json === undefined ? newRequestBody() : newRequestBody({ mode: 'json', raw: JSON.stringify(stop.json, null, 2) }),
  });
}

/**
 * The "Sandbox tour" collection a new workspace starts with: one request per sandbox route, each
 * described. `crossOrigin` is the sandbox's second address, or the page's own when there is none.
 */
export function sandboxTour(crossOrigin: string): Collection {
  const items: CollectionItem[] = FOLDERS.map(
    (folder): Folder => ({
      kind: 'folder',
      id: newId(),
      name: folder.name,
      description: folder.description,
      auth: { type: 'inherit' },
      variables: [],
      items: folder.stops.map((stop) => ({ kind: 'request', id: newId(), request: requestFor(stop) })),
    }),
  );
  return {
    id: newId(),
    name: 'Sandbox tour',
    description: 'One request per route of the built-in sandbox. Delete it whenever you like; Learn has a guided course on the same routes.',
    auth: { type: 'none' },
    variables: [{ id: newId(), key: 'crossOrigin', value: crossOrigin, enabled: true, secret: false }],
    items,
  };
}
