import { HTTPSnippet, type HarRequest, type TargetId } from 'httpsnippet-lite';
import { ntlmUser } from '../../auth/ntlmUser';
import type { PreparedRequest, RequestModel, Variable, VariableScopes } from '../../model';
import { type PrepareContext, prepareRequest } from '../../prepare';
import { exportCurl } from '../curl/exportCurl';
import { pythonExact } from './pythonExact';
import { pythonRequests } from './pythonRequests';
import { snippetHar } from './snippetHar';
import { SNIPPET_TARGETS, type SnippetTargetId } from './targets';

const COMMENT: Partial<Record<SnippetTargetId, string>> = { httpie: '#', powershell: '#', ruby: '#' };

/** httpsnippet re-encodes the query (%20 → +); put back the URL exactly as prepared. */
function exactUrl(code: string, theirs: string, ours: string): string {
  if (theirs === ours) return code;
  const path = (u: string) => u.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return code.split(theirs).join(ours).split(`'${path(theirs)}'`).join(`'${path(ours)}'`).split(`"${path(theirs)}"`).join(`"${path(ours)}"`);
}

/** JS generators append a file field's path as a string; send the file instead. */
function jsFiles(code: string, p: PreparedRequest): string {
  if (p.bodyDescription.mode !== 'multipart') return code;
  let out = code;
  let any = false;
  for (const f of p.bodyDescription.fields) {
    if (!('file' in f)) continue;
    const path = f.file.path ?? f.file.name;
    const wrong = `form.append('${f.name}', '${path}');`;
    if (!out.includes(wrong)) continue;
    any = true;
    const type = f.contentType ?? f.file.type;
    out = out.split(wrong).join(`form.append('${f.name}', new Blob([fs.readFileSync('${path}')]${type ? `, { type: '${type}' }` : ''}), '${f.file.name}');`);
  }
  return any ? `import fs from 'node:fs';\n${out}` : out;
}

/** Generator slips fixed after the fact, per target. */
function fixUp(id: SnippetTargetId, code: string, p: PreparedRequest, theirUrl: string): string {
  const c = COMMENT[id] ?? '//';
  let out = exactUrl(code, theirUrl, p.url);
  if (id === 'js-fetch' || id === 'js-axios') out = jsFiles(out, p);
  // axios's generator sends the text "[form]" with a made-up boundary instead of the form.
  if (id === 'js-axios') out = out.replace("data: '[form]'", 'data: form').replace(/,?\n\s*'content-type': 'multipart\/form-data; boundary=[^']*'/, '');
  else if (p.bodyDescription.mode === 'multipart' && p.bodyDescription.fields.some((f) => 'file' in f)) {
    out = `${c} This generator writes the multipart body inline without the files' contents: add them before running.\n${out}`;
  }
  if (p.digest) {
    out = `${c} Digest auth (user "${p.digest.username}") needs a challenge round trip this code does not do.\n${out}`;
  }
  if (p.ntlm) {
    out = `${c} NTLM auth (user "${ntlmUser(p.ntlm)}") needs a three-message handshake on one kept-alive connection, which this code does not do.\n${out}`;
  }
  if (p.bodyDescription.mode === 'binary') {
    out = `${c} The body is the file ${p.bodyDescription.file.path ?? p.bodyDescription.file.name}: replace the placeholder text with its contents.\n${out}`;
  }
  return out;
}

/** A signature made for one send can't be reused for long: the code says so, in the target's comment style. */
function signatureNote(id: SnippetTargetId, p: PreparedRequest, code: string): string {
  const python = id === 'python' || id === 'python-exact';
  const c = python || id === 'curl' ? '#' : (COMMENT[id] ?? '//');
  let note = '';
  const s = p.awsSignature;
  if (s) {
    const how = python ? " (in Python: botocore's SigV4Auth, or requests-aws4auth)" : '';
    note += `${c} AWS Signature v4 (${s.service}, ${s.region}): the Authorization and X-Amz-* headers were signed at ${s.amzDate} for\n${c} exactly this request and expire 15 minutes later; sign each send again${how}.\n`;
  }
  const j = p.jwtSignature;
  if (j) {
    const until = j.expiresAt !== undefined ? `it expires at ${new Date(j.expiresAt * 1000).toISOString()} (its exp claim)` : 'it has no exp claim';
    note += `${c} JWT bearer: the token was signed by Reqlab (${j.algorithm}); ${until}.${python ? ' To sign it in Python: PyJWT, jwt.encode(payload, key, algorithm=…).' : ''}\n`;
  }
  const h = p.hawkSignature;
  if (h) {
    const how = python ? ' (in Python: the mohawk package, or requests-hawk)' : '';
    note += `${c} Hawk (${h.algorithm}): the Authorization header is a MAC made by Reqlab at ts ${h.ts} with a one-time nonce;\n${c} a server refuses it once replayed or after about a minute, so make a new one for each send${how}.\n`;
  }
  const o1 = p.oauth1Signature;
  if (o1) {
    const how = python ? ' (in Python: requests-oauthlib, OAuth1(...))' : '';
    note += `${c} OAuth 1.0 (${o1.signatureMethod}): the signature was made by Reqlab at ${o1.timestamp} with a one-time nonce for exactly\n${c} this request; a server refuses it once replayed or when the time is too old, so sign each send again${how}.\n`;
  }
  const eg = p.edgeGridSignature;
  if (eg) {
    const how = python ? ' (in Python: the edgegrid-python package, EdgeGridAuth)' : '';
    note += `${c} Akamai EdgeGrid: the signature was made by Reqlab at ${eg.timestamp} with a one-time nonce for exactly this request;\n${c} Akamai refuses it once replayed or when the time is too old, so sign each send again${how}.\n`;
  }
  const o = p.oauth2;
  if (o) {
    const how = python ? ' In Python, requests-oauthlib gets and refreshes one.' : '';
    const got = o.state === 'missing' ? 'no token has been fetched yet' : `the token was obtained by Reqlab (${o.grant})${o.expiresAt !== undefined ? ` and ${o.state === 'expired' ? 'expired' : 'expires'} at ${new Date(o.expiresAt).toISOString()}` : ''}`;
    note += `${c} OAuth 2.0: ${got}; this code sends it as it is and does not get a new one.${how}\n`;
  }
  if (note === '') return code;
  // A comment before PHP's opening tag would be printed as text.
  return code.startsWith('<?php\n') ? `<?php\n${note}${code.slice('<?php\n'.length)}` : note + code;
}

/** Code that sends this prepared request, in the chosen language. */
export async function generateSnippet(p: PreparedRequest, id: SnippetTargetId): Promise<string> {
  return signatureNote(id, p, await generateUnsigned(p, id));
}

async function generateUnsigned(p: PreparedRequest, id: SnippetTargetId): Promise<string> {
  if (id === 'python') return pythonRequests(p);
  if (id === 'python-exact') return pythonExact(p);
  if (id === 'curl') return exportCurl(p) + '\n';
  const target = SNIPPET_TARGETS.find((t) => t.id === id)!;
  const har = snippetHar(p) as unknown as HarRequest;
  const snippet = new HTTPSnippet(har);
  const code = await snippet.convert(target.target as TargetId, target.client);
  const text = Array.isArray(code) ? code.join('\n') : (code ?? '');
  const theirs = (await snippet.prepare(har)).fullUrl;
  return fixUp(id, text, p, theirs);
}

export interface SnippetOptions {
  target: SnippetTargetId;
  /** `placeholder` keeps secret variables as {{name}} in the code; they are masked by default. */
  secrets?: 'resolve' | 'placeholder';
  /** `placeholder` keeps every variable as {{name}} (code to fill in later); `resolve` by default. */
  variables?: 'resolve' | 'placeholder';
}

const asPlaceholders = (vars: Variable[]): Variable[] => vars.map((v) => ({ ...v, value: `{{${v.key}}}` }));

/** Keeps variables as written: each resolves to its own {{name}}. */
function placeholderScopes(scopes: VariableScopes): VariableScopes {
  return {
    globals: asPlaceholders(scopes.globals),
    collection: scopes.collection.map(asPlaceholders),
    environment: asPlaceholders(scopes.environment),
    ...(scopes.request ? { request: asPlaceholders(scopes.request) } : {}),
  };
}

/** Prepares (secrets masked unless asked, variables resolved unless asked) and generates in one step. */
export async function snippetForRequest(request: RequestModel, ctx: PrepareContext, opts: SnippetOptions): Promise<string> {
  const keep = opts.variables === 'placeholder';
  const prepared = await prepareRequest(request, { ...ctx, scopes: keep ? placeholderScopes(ctx.scopes) : ctx.scopes, secrets: opts.secrets ?? 'placeholder' });
  // A URL that starts with a variable got a default scheme while preparing; the variable carries its own.
  if (keep && request.url.trim().startsWith('{{') && prepared.url.startsWith('http://{{')) prepared.url = prepared.url.slice('http://'.length);
  return generateSnippet(prepared, opts.target);
}
