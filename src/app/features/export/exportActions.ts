import type { Collection, StoredEnvironment } from '../../../core/model';
import { GLOBALS_ID } from '../../../core/model';
import { exportHar } from '../../../core/interop/har/exportHar';
import { exportPostmanCollection, exportPostmanEnvironment } from '../../../core/interop/postman/exportCollection';
import { prepareAll } from '../../../core/interop/prepareAll';
import { resolveFileBytes } from '../../state/fileStore';
import { downloadText, fileNameFor } from './download';

export interface ExportOutcome {
  fileName: string;
  /** Things the person should know: requests left out of a HAR and why. */
  problems: string[];
}

export function exportCollectionAsPostman(collection: Collection, includeSecrets: boolean): ExportOutcome {
  const fileName = fileNameFor(collection.name, '.postman_collection.json');
  downloadText(fileName, JSON.stringify(exportPostmanCollection(collection, { includeSecrets }), null, 2));
  return { fileName, problems: [] };
}

/**
 * HAR holds requests as sent: each one is prepared with the active environment and globals,
 * as Send would. Secret variables stay as {{name}} unless the person includes secrets.
 */
export async function exportCollectionAsHar(
  collection: Collection,
  environments: readonly StoredEnvironment[],
  activeEnvironmentId: string | null,
  includeSecrets: boolean,
): Promise<ExportOutcome> {
  const environment = environments.find((e) => e.id === activeEnvironmentId && e.kind === 'environment');
  const globals = environments.find((e) => e.id === GLOBALS_ID)?.variables ?? [];
  const items = await prepareAll(collection, {
    ...(environment ? { environment } : {}),
    globals,
    fileResolver: resolveFileBytes,
    secrets: includeSecrets ? 'resolve' : 'placeholder',
  });
  const problems = items.filter((i) => i.error).map((i) => `${[...i.folders.map((f) => f.name), i.request.name].join(' / ')}: ${i.error!.message}`);
  const fileName = fileNameFor(collection.name, '.har');
  downloadText(fileName, JSON.stringify(exportHar(items.flatMap((i) => (i.prepared ? [i.prepared] : [])), new Date()), null, 2));
  return { fileName, problems };
}

export function exportEnvironment(env: StoredEnvironment, includeSecrets: boolean): ExportOutcome {
  const globals = env.kind === 'globals';
  const fileName = fileNameFor(env.name, globals ? '.postman_globals.json' : '.postman_environment.json');
  downloadText(fileName, JSON.stringify(exportPostmanEnvironment(env, { includeSecrets }, globals ? 'globals' : 'environment'), null, 2));
  return { fileName, problems: [] };
}
