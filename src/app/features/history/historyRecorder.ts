import { newId } from '../../../core/model';
import { buildHistoryRecords } from '../../../core/workspace';
import type { CompletedExchange } from '../../state/exchangeEvents';
import { getHistoryBodyCap } from '../../storage';
import { getWorkspaceStore } from '../../storage/instance';
import { allVariables, getActiveEnvironment, scopesFor } from '../environments';
import { currentWorkspace } from './workspaceContext';

/** Keeps one exchange in history; secrets in what was sent go back to their {{placeholders}}. */
export async function recordExchange(done: CompletedExchange): Promise<void> {
  const { exchange, request } = done;
  // Nothing went on the wire when preparing failed: there is no exchange to keep.
  if (!exchange.prepared) return;
  const { nodes, environments } = await currentWorkspace();
  const scopes = scopesFor(request.id, nodes, environments, getActiveEnvironment());
  const records = buildHistoryRecords({
    id: newId(),
    createdAt: exchange.startedAt ?? Date.now(),
    request: structuredClone(request),
    prepared: exchange.prepared,
    ...(exchange.response ? { response: exchange.response } : {}),
    ...(exchange.error ? { error: exchange.error } : {}),
    ...(exchange.scripts ? { scripts: exchange.scripts } : {}),
    variables: allVariables(scopes),
    bodyCap: getHistoryBodyCap(),
  });
  await getWorkspaceStore().addHistory(records, `History entry ${records.head.method} ${records.head.url}`);
}
