import { newId, type ResponseRecord, type StoredNode } from '../../../core/model';
import { exampleFromResponse } from '../../../core/workspace/examples';
import { tabsStore } from '../../state/tabsStore';
import { addExample } from './exampleMutations';
import { savedNodeOf } from './openInTab';

/**
 * Keeps a tab's response as an example of the saved request the tab edits. Resolves to what a person
 * reads afterwards; rejects with why it could not (not saved yet, body cut or not text, write failed).
 */
export async function saveResponseAsExample(tabId: string, response: ResponseRecord, name: string, nodes: readonly StoredNode[]): Promise<string> {
  const tab = tabsStore.getTab(tabId);
  const node = tab && savedNodeOf(tab, nodes);
  if (!node) throw new Error('Save the request in a collection first (Save as…); then its responses can be kept as examples.');
  const trimmed = name.trim();
  if (!trimmed) throw new Error('Give the example a name.');
  const made = exampleFromResponse(response, trimmed, newId());
  if (!made.ok) throw new Error(made.reason);
  await addExample(node, made.example);
  return `Saved as example “${trimmed}” of “${node.request.name}”.`;
}
