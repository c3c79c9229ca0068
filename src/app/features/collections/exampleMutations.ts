import type { SavedExample, StoredRequestNode } from '../../../core/model';
import { loadWorkspaceStore } from '../../storage';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';
import { showToast } from './undoToast';

/** The request as stored now: examples change one at a time, over whatever else was saved meanwhile. */
async function freshRequestNode(node: StoredRequestNode): Promise<StoredRequestNode> {
  const [stored] = await (await loadWorkspaceStore()).getNodes([node.id]);
  if (stored?.kind !== 'request') throw new Error(`“${node.request.name}” is no longer saved.`);
  return stored;
}

async function writeExamples(node: StoredRequestNode, examples: SavedExample[], what: string): Promise<void> {
  const next: StoredRequestNode = { ...node, updatedAt: Date.now(), request: { ...node.request, examples } };
  await (await loadWorkspaceStore()).putNodes([next], what);
  // Examples are kept with the request but not edited in its tab: open tabs take them without a dirty mark.
  tabsStore.followSaved({ kind: SAVED_REQUEST_ORIGIN, id: node.id }, { examples });
}

export async function addExample(node: StoredRequestNode, example: SavedExample): Promise<void> {
  const fresh = await freshRequestNode(node);
  await writeExamples(fresh, [...(fresh.request.examples ?? []), example], `Example "${example.name}"`);
}

export async function renameExample(node: StoredRequestNode, id: string, name: string): Promise<void> {
  const fresh = await freshRequestNode(node);
  const examples = (fresh.request.examples ?? []).map((e) => (e.id === id ? { ...e, name } : e));
  await writeExamples(fresh, examples, `Renaming example "${name}"`);
}

/** Deletes one example, offering Undo (which puts it back where it was). */
export async function deleteExample(node: StoredRequestNode, id: string): Promise<void> {
  const fresh = await freshRequestNode(node);
  const list = fresh.request.examples ?? [];
  const at = list.findIndex((e) => e.id === id);
  const removed = list[at];
  if (!removed) return;
  await writeExamples(fresh, list.filter((e) => e.id !== id), `Deleting example "${removed.name}"`);
  showToast(`Deleted example “${removed.name}”.`, async () => {
    const now = await freshRequestNode(node);
    const rest = (now.request.examples ?? []).filter((e) => e.id !== id);
    await writeExamples(now, [...rest.slice(0, at), removed, ...rest.slice(at)], `Restoring example "${removed.name}"`);
  });
}
