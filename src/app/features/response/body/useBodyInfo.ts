import { useMemo } from 'react';
import { detectBodyKind, parseMediaType, type BodyKind } from '../../../../core/format/bodyKind';
import { suggestFilename } from '../../../../core/format/filename';
import type { ResponseRecord } from '../../../../core/model';
import { headerValue } from '../headerLookup';

export interface BodyInfo {
  kind: BodyKind;
  essence: string;
  charset?: string;
  contentType?: string;
  filename: string;
}

/** What the body is (from Content-Type and its first bytes) and what to call it when saved. */
export function useBodyInfo(response: ResponseRecord): BodyInfo {
  return useMemo(() => {
    const contentType = headerValue(response.headers, 'content-type');
    const media = parseMediaType(contentType);
    const kind = detectBodyKind(contentType, response.body.subarray(0, 1024));
    const filename = suggestFilename({
      contentDisposition: headerValue(response.headers, 'content-disposition'),
      url: response.url,
      kind,
      essence: media.essence,
    });
    return { kind, essence: media.essence, charset: media.charset, contentType, filename };
  }, [response]);
}
