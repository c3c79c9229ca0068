import { useCallback } from 'react';
import type { RequestModel } from '../../core/model';
import { tabsStore } from './tabsStore';

/** A stable function that edits the request of one tab. */
export function useRequestUpdater(tabId: string): (update: (request: RequestModel) => RequestModel) => void {
  return useCallback((update) => tabsStore.updateRequest(tabId, update), [tabId]);
}
