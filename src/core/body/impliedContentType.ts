import type { RequestBody } from '../model';
import { RAW_CONTENT_TYPES } from './encodeBody';

/**
 * The Content-Type a body mode implies, without encoding anything (for the headers table).
 * Multipart's boundary is only chosen when preparing, so it is left out here.
 * Mirrors encodeBody: empty raw text and a binary mode without a file imply none.
 */
export function impliedContentType(body: RequestBody): string | null {
  switch (body.mode) {
    case 'none':
      return null;
    case 'json':
    case 'text':
    case 'xml':
    case 'html':
      return body.raw === '' ? null : RAW_CONTENT_TYPES[body.mode];
    case 'urlencoded':
      return 'application/x-www-form-urlencoded';
    case 'multipart':
      return 'multipart/form-data';
    case 'binary':
      return body.binary ? body.binary.type || 'application/octet-stream' : null;
    case 'graphql':
      return 'application/json';
  }
}
