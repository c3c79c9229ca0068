import type { Collection, CollectionItem, RequestModel, SavedExample, ScriptEvent, Variable } from '../../model';
import { newId, newRequest } from '../../model';
import { joinPath } from '../importError';
import { parseWith } from '../parseWith';
import { ReportBuilder } from '../reportBuilder';
import { importAuth } from './importAuth';
import { importBody } from './importBody';
import { importHeaders } from './importHeaders';
import { importUrl } from './importUrl';
import type { PmEvent, PmItem, PmVariable } from './schema';
import * as pm from './schema';

export function importEvents(events: PmEvent[] | null | undefined): ScriptEvent[] | undefined {
  const kept = (events ?? [])
    .map((e) => ({ listen: e.listen, exec: typeof e.script?.exec === 'string' ? e.script.exec.split('\n') : (e.script?.exec ?? []), ...(e.disabled ? { disabled: true } : {}) }))
    .filter((e) => e.exec.some((line) => line.trim() !== ''));
  if (kept.length === 0) return undefined;
  return kept;
}

export function importVariables(vars: PmVariable[] | null | undefined): Variable[] {
  return (vars ?? [])
    .filter((v) => v.key !== '' || v.id !== '')
    .map((v) => ({
      id: newId(),
      key: v.key || v.id,
      value: v.value === null || v.value === undefined ? '' : typeof v.value === 'string' ? v.value : JSON.stringify(v.value),
      enabled: v.disabled !== true,
      secret: v.type === 'secret',
    }));
}

function importExamples(item: PmItem, path: string, report: ReportBuilder): SavedExample[] | undefined {
  if (!item.response || item.response.length === 0) return undefined;
  report.count('examples', item.response.length);
  return item.response.map((r) => ({
    id: newId(),
    name: r.name || 'Example',
    ...(r.code ? { status: r.code } : {}),
    ...(r.status ? { statusText: r.status } : {}),
    headers: importHeaders(r.header).map((h) => [h.key, h.value] as [string, string]),
    body: r.body ?? '',
  }));
}

function importRequest(item: PmItem, path: string, report: ReportBuilder): RequestModel {
  const r = item.request;
  const req = typeof r === 'string' || !r ? { url: r ?? '' } : r;
  const rpath = joinPath(path, 'request');
  const url = importUrl(req.url);
  const request = newRequest({
    name: item.name || requestName(item),
    method: (('method' in req && req.method) || 'GET').toUpperCase(),
    url: url.url,
    params: url.params,
    pathVariables: url.pathVariables,
    headers: 'header' in req ? importHeaders(req.header) : [],
    auth: 'auth' in req ? importAuth(req.auth, joinPath(rpath, 'auth'), report) : { type: 'inherit' },
    body: importBody('body' in req ? req.body : null, joinPath(rpath, 'body'), report),
  });
  const behavior = (item as { protocolProfileBehavior?: { followRedirects?: unknown; maxRedirects?: unknown } }).protocolProfileBehavior;
  if (behavior?.followRedirects === false) request.settings.followRedirects = false;
  if (typeof behavior?.maxRedirects === 'number') request.settings.maxRedirects = behavior.maxRedirects;
  const description = item.description ?? ('description' in req ? req.description : undefined);
  if (description) request.description = description;
  const events = importEvents(item.event);
  if (events) request.events = events;
  const examples = importExamples(item, path, report);
  if (examples) request.examples = examples;
  return request;
}

export function importItems(items: PmItem[], path: string, report: ReportBuilder): CollectionItem[] {
  const out: CollectionItem[] = [];
  items.forEach((item, i) => {
    const ipath = joinPath(path, i);
    const place = item.name || (Array.isArray(item.item) ? 'Folder' : requestName(item));
    report.within(place, () => importItem(item, ipath, report, out));
  });
  return out;
}

function requestName(item: PmItem): string {
  const r = item.request;
  return (typeof r === 'string' ? r : importUrl(r?.url).url) || 'Untitled request';
}

function importItem(item: PmItem, ipath: string, report: ReportBuilder, out: CollectionItem[]): void {
  if (Array.isArray(item.item)) {
    report.count('folders');
    if (item.variable && item.variable.length > 0) {
      report.changed(joinPath(ipath, 'variable'), 'folder variables apply to the requests inside in Reqlab; Postman and newman ignore them when running');
    }
    out.push({
      kind: 'folder',
      id: newId(),
      name: item.name || 'Folder',
      ...(item.description ? { description: item.description } : {}),
      auth: importAuth(item.auth, joinPath(ipath, 'auth'), report),
      variables: importVariables(item.variable),
      ...(importEventsOpt(item.event)),
      items: importItems(item.item, joinPath(ipath, 'item'), report),
    });
  } else if (item.request !== undefined && item.request !== null) {
    report.count('requests');
    out.push({ kind: 'request', id: newId(), request: importRequest(item, ipath, report) });
  } else {
    report.skipped(ipath, `"${item.name || 'item'}" is neither a request nor a folder`);
  }
}

function importEventsOpt(events: PmEvent[] | null | undefined): { events?: ScriptEvent[] } {
  const e = importEvents(events);
  return e ? { events: e } : {};
}

export function postmanVersion(data: unknown): string {
  const schema = (data as { info?: { schema?: unknown } })?.info?.schema;
  const m = typeof schema === 'string' ? /v(\d+\.\d+)\.\d+/.exec(schema) : null;
  return m ? `v${m[1]}` : 'v2';
}

export function importPostmanCollection(data: unknown, report = new ReportBuilder('postman-collection', `Postman collection ${postmanVersion(data)}`)): { collection: Collection; report: ReportBuilder } {
  const c = parseWith(pm.collection, data, 'Postman collection');
  const name = c.info?.name || c.name || 'Imported collection';
  return report.within(name, () => readCollection(c, name, report));
}

function readCollection(c: pm.PmCollection, name: string, report: ReportBuilder): { collection: Collection; report: ReportBuilder } {
  const variables = importVariables(c.variable);
  report.count('collections');
  report.count('variables', variables.length);
  const collection: Collection = {
    id: newId(),
    name,
    ...((c.info?.description ?? c.description) ? { description: c.info?.description ?? c.description } : {}),
    auth: importAuth(c.auth, 'auth', report, true),
    variables,
    ...importEventsOpt(c.event),
    items: importItems(c.item, 'item', report),
  };
  return { collection, report };
}
