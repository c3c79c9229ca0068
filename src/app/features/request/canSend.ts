import type { RequestModel } from '../../../core/model';
import { methodError } from './methodError';
import { urlError } from './UrlField';

/** Why Send is disabled, or null when the request can go. */
export function sendBlocker(request: RequestModel): string | null {
  return urlError(request.url) ?? methodError(request.method);
}
