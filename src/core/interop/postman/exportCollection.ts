import type { Auth, Collection, CollectionItem, Environment, RequestBody, RequestModel, ScriptEvent, Variable } from '../../model';
import { exportUrl } from './exportUrl';
import { exportOAuth2 } from './importOAuth2';
import { exportOAuth1 } from './importOAuth1';
import { exportEdgeGrid } from './importEdgeGrid';

export const POSTMAN_V21_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export interface PostmanExportOptions {
  /** Secret variable values are left empty unless the person asks to include them. */
  includeSecrets?: boolean;
}

type Json = Record<string, unknown>;

const param = (key: string, value: string): Json => ({ key, value, type: 'string' });

export function exportAuth(auth: Auth): Json | undefined {
  switch (auth.type) {
    case 'inherit':
      return undefined;
    case 'none':
      return { type: 'noauth' };
    case 'basic':
    case 'digest':
      return { type: auth.type, [auth.type]: [param('username', auth.username), param('password', auth.password)] };
    case 'bearer':
      return { type: 'bearer', bearer: [param('token', auth.token)] };
    case 'apikey':
      return { type: 'apikey', apikey: [param('key', auth.key), param('value', auth.value), param('in', auth.in)] };
    case 'awsv4':
      return {
        type: 'awsv4',
        awsv4: [
          param('accessKey', auth.accessKey),
          param('secretKey', auth.secretKey),
          param('region', auth.region),
          param('service', auth.service),
          ...(auth.sessionToken !== undefined ? [param('sessionToken', auth.sessionToken)] : []),
        ],
      };
    case 'jwt':
      return {
        type: 'jwt',
        jwt: [
          param('algorithm', auth.algorithm),
          param('secret', auth.secret),
          { key: 'isSecretBase64Encoded', value: auth.secretBase64 === true, type: 'boolean' },
          param('privateKey', auth.privateKey),
          param('payload', auth.payload),
          param('header', auth.header),
          param('headerPrefix', auth.prefix ?? 'Bearer'),
          param('addTokenTo', auth.in === 'query' ? 'queryParam' : 'header'),
          param('queryParamKey', auth.queryKey ?? 'token'),
        ],
      };
    case 'hawk':
      return {
        type: 'hawk',
        hawk: [
          param('authId', auth.authId),
          param('authKey', auth.authKey),
          param('algorithm', auth.algorithm),
          param('extraData', auth.extraData ?? ''),
          param('app', auth.app ?? ''),
          param('delegation', auth.delegation ?? ''),
          param('nonce', auth.nonce ?? ''),
          param('timestamp', auth.timestamp ?? ''),
          { key: 'includePayloadHash', value: auth.includePayloadHash === true, type: 'boolean' },
        ],
      };
    case 'oauth2':
      return { type: 'oauth2', oauth2: exportOAuth2(auth) };
    case 'oauth1':
      return { type: 'oauth1', oauth1: exportOAuth1(auth) };
    case 'edgegrid':
      return { type: 'edgegrid', edgegrid: exportEdgeGrid(auth) };
    case 'ntlm':
      return { type: 'ntlm', ntlm: [param('username', auth.username), param('password', auth.password), param('domain', auth.domain), param('workstation', auth.workstation)] };
  }
}

function exportBody(body: RequestBody): Json | undefined {
  switch (body.mode) {
    case 'none':
      return undefined;
    case 'json': case 'text': case 'xml': case 'html':
      return { mode: 'raw', raw: body.raw, options: { raw: { language: body.mode } } };
    case 'urlencoded':
      return { mode: 'urlencoded', urlencoded: body.urlencoded.map((kv) => ({ key: kv.key, value: kv.value, ...(kv.enabled ? {} : { disabled: true }), ...(kv.description ? { description: kv.description } : {}) })) };
    case 'multipart':
      return {
        mode: 'formdata',
        formdata: body.multipart.map((f) => ({
          key: f.key,
          ...(f.kind === 'file' ? { type: 'file', ...(f.file ? { src: f.file.path ?? f.file.name } : {}) } : { type: 'text', value: f.value }),
          ...(f.enabled ? {} : { disabled: true }),
          ...(f.contentType ? { contentType: f.contentType } : {}),
          ...(f.description ? { description: f.description } : {}),
        })),
      };
    case 'binary':
      return { mode: 'file', file: { src: body.binary ? (body.binary.path ?? body.binary.name) : null } };
    case 'graphql':
      return { mode: 'graphql', graphql: { query: body.graphql.query, variables: body.graphql.variables } };
  }
}

export function exportEvents(events: ScriptEvent[] | undefined): Json[] | undefined {
  if (!events || events.length === 0) return undefined;
  return events.map((e) => ({ listen: e.listen, script: { type: 'text/javascript', exec: e.exec }, ...(e.disabled ? { disabled: true } : {}) }));
}

export function exportVariables(vars: Variable[], opts: PostmanExportOptions): Json[] | undefined {
  if (vars.length === 0) return undefined;
  return vars.map((v) => ({
    key: v.key,
    value: v.secret && !opts.includeSecrets ? '' : v.value,
    type: v.secret ? 'secret' : 'string',
    ...(v.enabled ? {} : { disabled: true }),
  }));
}

function exportRequest(r: RequestModel): Json {
  const request: Json = {
    method: r.method,
    header: r.headers.map((h) => ({ key: h.key, value: h.value, ...(h.enabled ? {} : { disabled: true }), ...(h.description ? { description: h.description } : {}) })),
    url: exportUrl(r.url, r.params, r.pathVariables),
  };
  const auth = exportAuth(r.auth);
  if (auth) request.auth = auth;
  const body = exportBody(r.body);
  if (body) request.body = body;
  if (r.description) request.description = r.description;
  const item: Json = { name: r.name, request };
  if (!r.settings.followRedirects) item.protocolProfileBehavior = { followRedirects: false };
  const events = exportEvents(r.events);
  if (events) item.event = events;
  item.response = (r.examples ?? []).map((e) => ({
    name: e.name,
    originalRequest: request,
    ...(e.status !== undefined ? { code: e.status } : {}),
    ...(e.statusText ? { status: e.statusText } : {}),
    header: e.headers.map(([key, value]) => ({ key, value })),
    body: e.body,
  }));
  return item;
}

function exportItems(items: CollectionItem[], opts: PostmanExportOptions): Json[] {
  return items.map((item) => {
    if (item.kind === 'request') return exportRequest(item.request);
    const out: Json = { name: item.name, item: exportItems(item.items, opts) };
    if (item.description) out.description = item.description;
    const auth = exportAuth(item.auth);
    if (auth) out.auth = auth;
    const vars = exportVariables(item.variables, opts);
    if (vars) out.variable = vars;
    const events = exportEvents(item.events);
    if (events) out.event = events;
    return out;
  });
}

/** A Postman v2.1 collection (the shape Postman, newman and other tools read). */
export function exportPostmanCollection(c: Collection, opts: PostmanExportOptions = {}): Json {
  const out: Json = {
    info: { _postman_id: c.id, name: c.name, ...(c.description ? { description: c.description } : {}), schema: POSTMAN_V21_SCHEMA },
    item: exportItems(c.items, opts),
  };
  const auth = exportAuth(c.auth);
  if (auth) out.auth = auth;
  const events = exportEvents(c.events);
  if (events) out.event = events;
  const vars = exportVariables(c.variables, opts);
  if (vars) out.variable = vars;
  return out;
}

export function exportPostmanEnvironment(env: Environment, opts: PostmanExportOptions = {}, scope: 'environment' | 'globals' = 'environment'): Json {
  return {
    id: env.id,
    name: env.name,
    values: env.variables.map((v) => ({ key: v.key, value: v.secret && !opts.includeSecrets ? '' : v.value, type: v.secret ? 'secret' : 'default', enabled: v.enabled })),
    _postman_variable_scope: scope,
    _postman_exported_using: 'Reqlab',
  };
}
