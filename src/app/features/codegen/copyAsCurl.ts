import { tabsStore } from '../../state/tabsStore';
import { copyText } from './copyText';
import { snippetFor } from '../../state/code/snippetFor';

/** The active tab's request as a curl command on the clipboard; secret variables stay {{name}}. */
export async function copyAsCurl(tabId: string): Promise<string> {
  const tab = tabsStore.getTab(tabId);
  if (!tab) throw new Error('the tab is gone');
  const command = await snippetFor(tab, tab.request, { target: 'curl', resolveVariables: true, includeSecrets: false });
  await copyText(command.trimEnd());
  return command;
}
