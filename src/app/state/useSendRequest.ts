import { useCallback } from 'react';
import type { SenderId } from '../../core/model';
import { cancelTab, sendTab, type SendOptions } from './sendRequest';

/** Send and cancel for one tab; `resendVia` is what "Resend through the relay" calls. */
export function useSendRequest(tabId: string) {
  const send = useCallback((opts?: SendOptions) => sendTab(tabId, opts), [tabId]);
  const cancel = useCallback(() => cancelTab(tabId), [tabId]);
  const resendVia = useCallback((sender: SenderId) => sendTab(tabId, { sender, force: true, withBody: true }), [tabId]);
  return { send, cancel, resendVia };
}
