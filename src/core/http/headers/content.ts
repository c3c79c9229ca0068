import { rfc } from '../spec';
import { header, type HeaderEntry } from './entry';

/** Describing the body, negotiating its format, and ranges. */
export const CONTENT_HEADERS: HeaderEntry[] = [
  header('Content-Type', 'both', 'content', 'The format of the body (its media type), e.g. application/json; charset=utf-8.', rfc(9110, '8.3'), {
    details: 'Without it the receiver has to guess. Servers use it to pick a parser; browsers use it to decide how to show a response.',
    example: 'application/json',
  }),
  header('Content-Length', 'both', 'content', 'The size of the body in bytes.', rfc(9110, '8.6'), {
    details: 'Lets the receiver know where the body ends. Browsers compute it themselves; a page cannot set it.',
    example: '348',
  }),
  header('Content-Encoding', 'both', 'content', 'The compression applied to the body (gzip, br, zstd); undo it to get the real content.', rfc(9110, '8.4'), {
    example: 'gzip',
  }),
  header('Content-Language', 'both', 'content', 'The natural language(s) of the intended audience of the body.', rfc(9110, '8.5'), { example: 'en, fr' }),
  header('Content-Location', 'response', 'content', 'A URL where this exact representation can be fetched directly.', rfc(9110, '8.7')),
  header('Content-Disposition', 'both', 'content', 'Says whether to show the body inline or download it as an attachment, and under which file name.', rfc(6266, '4'), {
    example: 'attachment; filename="report.pdf"',
  }),
  header('Accept', 'request', 'negotiation', 'The media types the client can handle, with optional preferences (q=0.5).', rfc(9110, '12.5.1'), {
    example: 'application/json, text/plain;q=0.9, */*;q=0.1',
  }),
  header('Accept-Encoding', 'request', 'negotiation', 'The compressions the client can undo; the server picks one for Content-Encoding.', rfc(9110, '12.5.3'), {
    example: 'gzip, deflate, br, zstd',
  }),
  header('Accept-Language', 'request', 'negotiation', 'The languages the user prefers, in order.', rfc(9110, '12.5.4'), { example: 'en-GB, en;q=0.8' }),
  header('Accept-Charset', 'request', 'negotiation', 'The character sets the client understands. Obsolete: everybody uses UTF-8 now, so browsers stopped sending it.', rfc(9110, '12.5.2'), {
    deprecated: true,
  }),
  header('Accept-Patch', 'response', 'negotiation', 'The patch formats the server accepts in a PATCH body.', rfc(5789, '3.1'), {
    example: 'application/merge-patch+json',
  }),
  header('Vary', 'response', 'negotiation', 'Lists the request headers that changed the answer, so caches store one copy per value.', rfc(9110, '12.5.5'), {
    details: 'Vary: Origin is needed when a server reflects the Origin in Access-Control-Allow-Origin, or a cache may hand one site\'s answer to another.',
    example: 'Accept-Encoding, Origin',
  }),
  header('Range', 'request', 'range', 'Asks for only part of the body, by byte range (resuming downloads, seeking in video).', rfc(9110, '14.2'), {
    example: 'bytes=0-1023',
  }),
  header('Content-Range', 'response', 'range', 'Which part of the whole a 206 response carries, and the total size.', rfc(9110, '14.4'), {
    example: 'bytes 0-1023/146515',
  }),
  header('Accept-Ranges', 'response', 'range', 'Whether the server supports Range requests on this resource ("bytes" or "none").', rfc(9110, '14.3'), {
    example: 'bytes',
  }),
  header('If-Range', 'request', 'range', 'Send only the requested range if the resource is unchanged (this ETag or date), otherwise the whole thing.', rfc(9110, '13.1.5')),
];
