import type { ClipboardEvent } from 'react';
import { tabsStore } from '../../state/tabsStore';
import { setPasteNote } from './pasteNotes';

/** Cheap first check in the entry bundle; the real parser loads only when it matches. */
const CURL_PASTE = /^\s*(\$\s+)?curl(\.exe)?\s/i;

async function replaceWithCurl(tabId: string, text: string): Promise<void> {
  const { importCurl } = await import('../../../core/interop/curl/importCurl');
  let imported;
  try {
    imported = importCurl(text);
  } catch (e) {
    setPasteNote(tabId, { kind: 'error', text: `This cURL command could not be read: ${e instanceof Error ? e.message : String(e)}`, details: [] });
    return;
  }
  const item = imported.collection.items[0];
  if (!item || item.kind !== 'request') return;
  // The tab keeps its identity (id, name, where it was saved): only what it sends changes.
  tabsStore.updateRequest(tabId, (current) => ({ ...item.request, id: current.id, name: current.name }));
  const notes = imported.report.report.notes;
  setPasteNote(
    tabId,
    notes.length === 0
      ? null
      : {
          kind: 'notes',
          text: `The cURL command became this request, except for ${notes.length} part${notes.length === 1 ? '' : 's'}:`,
          details: notes.map((n) => `${n.path}: ${n.reason}`),
        },
  );
}

/**
 * A cURL command pasted into the URL bar becomes the whole request (method, headers, body, auth),
 * like in Postman. Anything else pastes as usual.
 */
export function onUrlPaste(event: ClipboardEvent<HTMLInputElement>): void {
  const text = event.clipboardData.getData('text/plain');
  if (!CURL_PASTE.test(text)) return;
  event.preventDefault();
  const tabId = tabsStore.getState().activeId;
  setPasteNote(tabId, null);
  void replaceWithCurl(tabId, text);
}
