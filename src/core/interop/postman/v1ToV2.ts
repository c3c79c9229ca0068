/**
 * Postman v1 collections (flat `requests` + `folders` with `order`) turned into the v2 shape,
 * so one importer handles both. Only what v1 can express is carried.
 */
import { ImportError } from '../importError';

type V1Request = {
  id?: string; name?: string; url?: string; method?: string; headers?: string; description?: string;
  dataMode?: string; data?: { key?: string; value?: unknown; type?: string; enabled?: boolean }[] | null; rawModeData?: string;
  pathVariables?: Record<string, string>; currentHelper?: string; helperAttributes?: Record<string, unknown>;
  events?: unknown[]; folder?: string | null;
};
type V1Folder = { id?: string; name?: string; description?: string; order?: string[]; folders_order?: string[] };
type V1 = { name?: string; description?: string; order?: string[]; folders_order?: string[]; folders?: V1Folder[]; requests?: V1Request[]; variables?: unknown[] };

const MAX_FOLDER_DEPTH = 200;

/** A list the file promised; anything else (an object, a string) is read as empty. */
const list = <T>(value: T[] | undefined | null | unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export function isPostmanV1(data: unknown): boolean {
  const d = data as V1 | null;
  return !!d && typeof d === 'object' && Array.isArray(d.requests) && !('item' in d);
}

function requestToV2(r: V1Request): Record<string, unknown> {
  const mode = r.dataMode === 'params' ? 'formdata' : r.dataMode === 'urlencoded' ? 'urlencoded' : r.dataMode === 'raw' ? 'raw' : r.dataMode === 'binary' ? 'file' : undefined;
  // Written by anyone: `data` may be an object or hold non-objects; only objects are fields.
  const data = Array.isArray(r.data) ? r.data.filter((d): d is NonNullable<typeof d> => !!d && typeof d === 'object') : [];
  const fields = data.map((d) => ({ key: d.key ?? '', value: d.value, type: d.type === 'file' ? 'file' : 'text', ...(d.type === 'file' && typeof d.value === 'string' ? { src: d.value } : {}), disabled: d.enabled === false }));
  const body = mode === 'raw' ? { mode, raw: r.rawModeData ?? '' } : mode === 'formdata' ? { mode, formdata: fields } : mode === 'urlencoded' ? { mode, urlencoded: fields } : mode ? { mode } : undefined;
  const helper = r.currentHelper && r.currentHelper !== 'normal' ? { type: r.currentHelper === 'basicAuth' ? 'basic' : r.currentHelper === 'digestAuth' ? 'digest' : r.currentHelper, [r.currentHelper === 'basicAuth' ? 'basic' : r.currentHelper === 'digestAuth' ? 'digest' : r.currentHelper]: r.helperAttributes ?? {} } : undefined;
  const variable = Object.entries(r.pathVariables ?? {}).map(([key, value]) => ({ key, value }));
  return {
    name: r.name,
    ...(r.events ? { event: r.events } : {}),
    request: {
      url: variable.length ? { raw: r.url ?? '', variable } : (r.url ?? ''),
      method: r.method ?? 'GET',
      header: r.headers ?? '',
      ...(body ? { body } : {}),
      ...(helper ? { auth: helper } : {}),
      ...(r.description ? { description: r.description } : {}),
    },
  };
}

export function v1ToV2(data: unknown): Record<string, unknown> {
  const v1 = data as V1;
  const requests = new Map(list<V1Request>(v1.requests).filter((r) => r && typeof r === 'object').map((r) => [r.id ?? '', r]));
  const allFolders = list<V1Folder>(v1.folders).filter((f) => f && typeof f === 'object');
  const folders = new Map(allFolders.map((f) => [f.id ?? '', f]));
  const used = new Set<string>();
  // Folders name their subfolders by id, so a file can make a folder contain itself: refuse that
  // (and absurd depth) with the folder's name instead of recursing until the stack runs out.
  const open = new Set<V1Folder>();
  const folderToV2 = (f: V1Folder): Record<string, unknown> => {
    if (open.has(f)) throw new ImportError(`folder "${f.name ?? f.id ?? '?'}" contains itself through folders_order`, 'folders');
    if (open.size >= MAX_FOLDER_DEPTH) throw new ImportError(`folders are nested more than ${MAX_FOLDER_DEPTH} deep`, 'folders');
    open.add(f);
    try {
      return folderItem(f);
    } finally {
      open.delete(f);
    }
  };
  const folderItem = (f: V1Folder): Record<string, unknown> => ({
    name: f.name,
    ...(f.description ? { description: f.description } : {}),
    item: [
      ...list<string>(f.folders_order).flatMap((id) => (folders.get(id) ? [folderToV2(folders.get(id)!)] : [])),
      ...list<string>(f.order).flatMap((id) => {
        const r = requests.get(id);
        if (!r) return [];
        used.add(id);
        return [requestToV2(r)];
      }),
    ],
  });
  const nested = new Set(allFolders.flatMap((f) => list<string>(f.folders_order)));
  const topFolders = Array.isArray(v1.folders_order) ? list<string>(v1.folders_order).flatMap((id) => (folders.get(id) ? [folders.get(id)!] : [])) : allFolders.filter((f) => !nested.has(f.id ?? ''));
  const item: Record<string, unknown>[] = topFolders.map(folderToV2);
  const rootOrder = Array.isArray(v1.order) ? list<string>(v1.order) : [...requests.keys()];
  for (const id of rootOrder) {
    const r = requests.get(id);
    if (r && !used.has(id)) { used.add(id); item.push(requestToV2(r)); }
  }
  for (const [id, r] of requests) if (!used.has(id)) item.push(requestToV2(r));
  return { info: { name: v1.name, description: v1.description, schema: 'v1.0.0' }, item, ...(v1.variables ? { variable: v1.variables } : {}) };
}
