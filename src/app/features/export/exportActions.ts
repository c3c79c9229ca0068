import type { Collection, CollectionItem, PreparedRequest, RequestModel, StoredEnvironment } from '../../../core/model';
import { exportHar } from '../../../core/interop/har/exportHar';
import { exportPostmanCollection, exportPostmanEnvironment } from '../../../core/interop/postman/exportCollection';
import { prepareRequest } from '../../../core/prepare';
import { resolveFileBytes } from '../../state/fileStore';
import { getPrepareContext } from '../../state/prepareContext';
import { activeTabOf, tabsStore } from '../../state/tabsStore';
import { downloadText, fileNameFor } from '../../components/download';

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

function requestsInOrder(items: readonly CollectionItem[], folders: string[] = []): { request: RequestModel; where: string }[] {
  return items.flatMap((item) =>
    item.kind === 'request'
      ? [{ request: item.request, where: [...folders, item.request.name].join(' / ') }]
      : requestsInOrder(item.items, [...folders, item.name]),
  );
}

/**
 * HAR holds requests as sent: each saved request is prepared exactly as Send prepares it (the
 * shell's prepare context: active environment, globals, its folders' variables and inherited
 * auth). Secret variables stay as {{name}} unless the person includes secrets.
 */
export async function exportCollectionAsHar(collection: Collection, includeSecrets: boolean): Promise<ExportOutcome> {
  const tab = activeTabOf(tabsStore.getState());
  const prepared: PreparedRequest[] = [];
  const problems: string[] = [];
  for (const { request, where } of requestsInOrder(collection.items)) {
    try {
      const ctx = await getPrepareContext(tab, request);
      prepared.push(await prepareRequest(request, { ...ctx, fileResolver: resolveFileBytes, secrets: includeSecrets ? 'resolve' : 'placeholder' }));
    } catch (e) {
      problems.push(`${where}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const fileName = fileNameFor(collection.name, '.har');
  downloadText(fileName, JSON.stringify(exportHar(prepared, new Date()), null, 2));
  return { fileName, problems };
}

export function exportEnvironment(env: StoredEnvironment, includeSecrets: boolean): ExportOutcome {
  const globals = env.kind === 'globals';
  const fileName = fileNameFor(env.name, globals ? '.postman_globals.json' : '.postman_environment.json');
  downloadText(fileName, JSON.stringify(exportPostmanEnvironment(env, { includeSecrets }, globals ? 'globals' : 'environment'), null, 2));
  return { fileName, problems: [] };
}
