import { dereference, upgrade } from '@scalar/openapi-parser';
import type { Collection, CollectionItem, Environment, Folder, KeyValue, Variable } from '../../model';
import { newId, newKeyValue, newRequest } from '../../model';
import { ImportError } from '../importError';
import { ReportBuilder } from '../reportBuilder';
import { withQuery } from '../queryText';
import { operationBody } from './operationBody';
import { type Schema, sampleFromSchema, sampleText } from './sampleFromSchema';
import { authFromSecurity } from './security';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function paramValue(p: Schema): { value: string; known: boolean } {
  if (p.example !== undefined) return { value: sampleText(p.example), known: true };
  const examples = p.examples as Record<string, { value?: unknown }> | undefined;
  const first = examples && Object.values(examples)[0];
  if (first?.value !== undefined) return { value: sampleText(first.value), known: true };
  const s = p.schema as Schema | undefined;
  const known = !!s && (s.example !== undefined || s.default !== undefined || Array.isArray(s.enum));
  return { value: sampleText(sampleFromSchema(s)), known };
}

function mergeParams(pathLevel: unknown, opLevel: unknown): Schema[] {
  const byKey = new Map<string, Schema>();
  for (const p of [...(Array.isArray(pathLevel) ? pathLevel : []), ...(Array.isArray(opLevel) ? opLevel : [])] as Schema[]) {
    if (p && typeof p === 'object') byKey.set(`${String(p.in)}:${String(p.name)}`, p);
  }
  return [...byKey.values()];
}

function serverVariables(doc: Schema, report: ReportBuilder): Variable[] {
  const servers = Array.isArray(doc.servers) ? (doc.servers as Schema[]) : [];
  const server = servers[0];
  if (!server) {
    report.changed('servers', 'no servers: set {{baseUrl}} yourself');
    return [{ id: newId(), key: 'baseUrl', value: '', enabled: true, secret: false }];
  }
  const vars = Object.entries((server.variables ?? {}) as Record<string, Schema>).map(([k, v]) => ({ id: newId(), key: k, value: sampleText(v.default), enabled: true, secret: false }));
  const baseUrl = String(server.url ?? '').replace(/\{([^}]+)\}/g, '{{$1}}').replace(/\/$/, '');
  return [{ id: newId(), key: 'baseUrl', value: baseUrl, enabled: true, secret: false }, ...vars];
}

export function importOpenApi(text: string | object): { collection: Collection; environment: Environment; report: ReportBuilder } {
  // Read before upgrading: the upgrader rewrites the document in place.
  const source = typeof text === 'object' ? ((text as Schema).swagger ? `Swagger ${String((text as Schema).swagger)}` : `OpenAPI ${String((text as Schema).openapi)}`) : 'OpenAPI';
  let doc: Schema;
  try {
    const upgraded = upgrade(text as string).specification as unknown;
    if (!upgraded || typeof upgraded !== 'object') throw new Error('empty document');
    const deref = dereference(upgraded as Schema);
    doc = (deref.schema ?? upgraded) as Schema;
  } catch (e) {
    throw new ImportError(`not a readable OpenAPI document: ${(e as Error).message}`);
  }
  const report = new ReportBuilder('openapi', source);
  const info = (doc.info ?? {}) as Schema;
  const name = String(info.title ?? 'OpenAPI import');
  return report.within(name, () => readDocument(doc, name, report));
}

function readDocument(doc: Schema, name: string, report: ReportBuilder): { collection: Collection; environment: Environment; report: ReportBuilder } {
  const info = (doc.info ?? {}) as Schema;
  const serverVars = serverVariables(doc, report);
  const authVars = new Map<string, Variable>();
  const collectionAuth = authFromSecurity(doc.security, doc, 'security', report, authVars) ?? { type: 'none' as const };
  const root: CollectionItem[] = [];
  const folders = new Map<string, Folder>();
  const paths = (doc.paths ?? {}) as Record<string, Schema>;
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!pathItem || typeof pathItem !== 'object') continue;
    for (const method of METHODS) {
      const op = pathItem[method] as Schema | undefined;
      if (!op || typeof op !== 'object') continue;
      const tag = Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : null;
      const requestName = String(op.summary ?? op.operationId ?? `${method.toUpperCase()} ${path}`);
      const places = tag ? [tag, requestName] : [requestName];
      const place = places.join(' / ');
      const where = `paths.${path}.${method}`;
      const params: KeyValue[] = [];
      const pathVariables: KeyValue[] = [];
      const headers: KeyValue[] = [];
      const cookies: string[] = [];
      for (const p of mergeParams(pathItem.parameters, op.parameters)) {
        const { value, known } = paramValue(p);
        const name = String(p.name ?? '');
        const enabled = p.required === true || known;
        if (p.in === 'query') params.push({ ...newKeyValue(name, value, enabled), ...(p.description ? { description: String(p.description) } : {}) });
        else if (p.in === 'path') pathVariables.push({ ...newKeyValue(name, value), ...(p.description ? { description: String(p.description) } : {}) });
        else if (p.in === 'header') headers.push(newKeyValue(name, value, enabled));
        else if (p.in === 'cookie' && enabled) cookies.push(`${name}=${value}`);
      }
      if (cookies.length) headers.push(newKeyValue('Cookie', cookies.join('; ')));
      const body = operationBody(op.requestBody, headers);
      const auth = report.within(place, () => authFromSecurity(op.security, doc, `${where}.security`, report, authVars)) ?? { type: 'inherit' as const };
      const url = withQuery(`{{baseUrl}}${path.replace(/\{([^}]+)\}/g, ':$1')}`, params);
      const request = newRequest({
        name: requestName,
        method: method.toUpperCase(), url, params, pathVariables, headers, body, auth,
        ...(op.description ? { description: String(op.description) } : {}),
      });
      report.count('requests');
      const item: CollectionItem = { kind: 'request', id: newId(), request };
      if (!tag) { root.push(item); continue; }
      let folder = folders.get(tag);
      if (!folder) {
        const tagInfo = (Array.isArray(doc.tags) ? (doc.tags as Schema[]) : []).find((t) => t.name === tag);
        folder = { kind: 'folder', id: newId(), name: tag, auth: { type: 'inherit' }, variables: [], items: [], ...(tagInfo?.description ? { description: String(tagInfo.description) } : {}) };
        folders.set(tag, folder);
        report.count('folders');
      }
      folder.items.push(item);
    }
  }
  if (doc.webhooks && typeof doc.webhooks === 'object') {
    for (const name of Object.keys(doc.webhooks)) report.skipped(`webhooks.${name}`, 'webhooks are requests the API sends to you, not requests to send');
  }
  const variables = [...serverVars, ...authVars.values()];
  report.count('collections');
  report.count('environments');
  report.count('variables', variables.length);
  const collection: Collection = {
    id: newId(), name, auth: collectionAuth, variables, items: [...folders.values(), ...root],
    ...(info.description ? { description: String(info.description) } : {}),
  };
  // The environment holds the server so that switching servers is switching environments.
  const environment: Environment = { id: newId(), name: `${name} — server`, variables: serverVars.map((v) => ({ ...v, id: newId() })) };
  return { collection, environment, report };
}
