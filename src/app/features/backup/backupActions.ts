import type { WorkspaceBackup } from '../../../core/model';
import { newId } from '../../../core/model';
import { buildBackup, isWorkspaceEmpty, parseBackup, planImport, type ImportMode, type ImportPlan } from '../../../core/workspace';
import { getWorkspaceStore } from '../../storage/instance';
import { downloadText } from '../../components/download';

export interface ExportOptions {
  includeHistory: boolean;
  includeSecrets: boolean;
  /** Cookies are secrets: off unless the person ticks "Include cookies". */
  includeCookies?: boolean;
}

/** Reads everything from IndexedDB (not the cache) so the file is exactly what is stored. */
export async function exportWorkspace(options: ExportOptions): Promise<{ fileName: string; text: string }> {
  const store = getWorkspaceStore();
  const [nodes, environments] = await Promise.all([store.loadNodes(), store.loadEnvironments()]);
  const history = options.includeHistory ? await store.loadAllHistory() : undefined;
  const cookies = options.includeCookies ? await store.loadCookies() : undefined;
  const backup = buildBackup(
    { nodes: nodes.records, environments: environments.records },
    { includeSecrets: options.includeSecrets, now: Date.now(), ...(history ? { history } : {}), ...(cookies ? { cookies } : {}) },
  );
  const stamp = backup.exportedAt.slice(0, 19).replace(/[:T]/g, '-');
  return { fileName: `reqlab-workspace-${stamp}.json`, text: JSON.stringify(backup, null, 1) };
}

export async function downloadBackup(options: ExportOptions): Promise<void> {
  const { fileName, text } = await exportWorkspace(options);
  downloadText(fileName, text);
}

export interface PendingImport {
  backup: WorkspaceBackup;
  /** The workspace already has data: merge or replace must be chosen. */
  needsChoice: boolean;
  existing: { collections: number; environments: number; history: number };
}

export async function readBackupFile(text: string): Promise<PendingImport> {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const store = getWorkspaceStore();
  const [nodes, environments, heads] = await Promise.all([store.loadNodes(), store.loadEnvironments(), store.loadHistoryHeads()]);
  const snapshot = { nodes: nodes.records, environments: environments.records };
  return {
    backup: parsed.backup,
    needsChoice: !isWorkspaceEmpty(snapshot, heads.records.length),
    existing: {
      collections: nodes.records.filter((n) => n.kind === 'collection').length,
      environments: environments.records.filter((e) => e.kind === 'environment').length,
      history: heads.records.length,
    },
  };
}

export async function applyBackup(backup: WorkspaceBackup, mode: ImportMode): Promise<ImportPlan['summary']> {
  const store = getWorkspaceStore();
  const [nodes, environments, heads] = await Promise.all([store.loadNodes(), store.loadEnvironments(), store.loadHistoryHeads()]);
  const plan = planImport(
    { nodes: nodes.records, environments: environments.records },
    new Set(heads.records.map((h) => h.id)),
    backup,
    mode,
    Date.now(),
    newId,
  );
  await store.applyImport(plan);
  return plan.summary;
}
