import type { FileRef } from '../model';
import { newId } from '../model';

const TYPES: Record<string, string> = {
  txt: 'text/plain', json: 'application/json', xml: 'application/xml', html: 'text/html', csv: 'text/csv',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', pdf: 'application/pdf', zip: 'application/zip',
};

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A file known only by its path (Postman `src`, cURL `@file`): bytes are found when preparing. */
export function fileRefFromPath(path: string, name = baseName(path), type?: string): FileRef {
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  return { id: newId(), name, type: type ?? TYPES[ext] ?? 'application/octet-stream', size: 0, path };
}
