import type { PreparedRequest, ResponseRecord } from '../../../core/model';
import { loadSender, resolveSenderId } from '../../../transport';

/** Token requests go through the relay when there is one, so a token endpoint without CORS still answers. */
export async function oauth2Send(prepared: PreparedRequest): Promise<ResponseRecord> {
  return (await loadSender(resolveSenderId('default'))).send(prepared, new AbortController().signal);
}
