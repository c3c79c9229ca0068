import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';
import { formatDuration } from './duration';
import { formatClock } from './clock';
import { detectBodyKind, parseMediaType, sniffBodyKind } from './bodyKind';
import { hexDumpRow, hexRowCount } from './hexDump';
import { filenameFromContentDisposition, suggestFilename } from './filename';
import { prettyMarkup } from './markupPretty';
import { tokenizeJsonRow } from './jsonTokens';

const enc = (s: string) => new TextEncoder().encode(s);

describe('formatBytes', () => {
  it('uses bytes below 1 KB and one decimal above', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(1260)).toBe('1.2 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50.0 MB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('shows ms under a second, seconds, then minutes', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(0.4)).toBe('<1 ms');
    expect(formatDuration(12.4)).toBe('12 ms');
    expect(formatDuration(1250)).toBe('1.25 s');
    expect(formatDuration(12_340)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('body kind', () => {
  it('parses essence and charset', () => {
    expect(parseMediaType('Application/JSON; Charset="UTF-8"')).toEqual({ essence: 'application/json', charset: 'utf-8' });
    expect(parseMediaType(undefined)).toEqual({ essence: '' });
  });
  it('trusts specific content types', () => {
    expect(detectBodyKind('application/problem+json', enc('{}'))).toBe('json');
    expect(detectBodyKind('application/atom+xml', enc('<feed/>'))).toBe('xml');
    expect(detectBodyKind('text/html; charset=utf-8', enc('hi'))).toBe('html');
    expect(detectBodyKind('image/png', enc('x'))).toBe('image');
    expect(detectBodyKind('application/pdf', enc('x'))).toBe('pdf');
    expect(detectBodyKind('text/plain', enc('hello'))).toBe('text');
  });
  it('sniffs missing or generic types', () => {
    expect(detectBodyKind(undefined, enc('  [1,2]'))).toBe('json');
    expect(detectBodyKind('text/plain', enc('{"a":1}'))).toBe('json');
    expect(detectBodyKind('application/octet-stream', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]))).toBe('image');
    expect(sniffBodyKind(enc('%PDF-1.7'))).toBe('pdf');
    expect(sniffBodyKind(new Uint8Array([1, 2, 0, 4]))).toBe('binary');
    // Few control bytes but not UTF-8 (random bytes look like this about one time in eight).
    expect(sniffBodyKind(new Uint8Array([0x31, 0xe9, 0x7e, 0x90, 0xf5, 0x55, 0x2b, 0x5a, 0xa4, 0x74, 0x7d]))).toBe('binary');
    // A multi-byte character cut at the 1 KB sniffing limit is still text.
    expect(sniffBodyKind(enc('a'.repeat(1023) + 'é and more'))).toBe('text');
    expect(sniffBodyKind(enc('<?xml version="1.0"?><a/>'))).toBe('xml');
    expect(sniffBodyKind(enc('<!DOCTYPE html><p>'))).toBe('html');
    expect(detectBodyKind('application/json', new Uint8Array())).toBe('empty');
  });
});

describe('hex dump', () => {
  it('prints offset, two groups of eight and printable ASCII', () => {
    const bytes = enc('Hello, world!\n\u0001ABCDEFG');
    const row0 = hexDumpRow(bytes, 0);
    expect(row0.offset).toBe('00000000');
    expect(row0.hex).toBe('48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 01 41');
    expect(row0.ascii).toBe('Hello, world!..A');
    const row1 = hexDumpRow(bytes, 1);
    expect(row1.offset).toBe('00000010');
    expect(row1.hex).toBe('42 43 44 45 46 47');
    expect(row1.ascii).toBe('BCDEFG');
    expect(hexRowCount(bytes.length)).toBe(2);
    expect(hexRowCount(0)).toBe(0);
  });
});

describe('filenames', () => {
  it('reads filename and prefers filename*', () => {
    expect(filenameFromContentDisposition('attachment; filename="report.csv"')).toBe('report.csv');
    expect(filenameFromContentDisposition('attachment; filename=plain.txt')).toBe('plain.txt');
    expect(filenameFromContentDisposition(`attachment; filename="a.txt"; filename*=UTF-8''%E2%82%AC%20rates.txt`)).toBe(
      '€ rates.txt',
    );
    expect(filenameFromContentDisposition('attachment; filename="a \\"q\\".txt"')).toBe('a _q_.txt');
  });
  it('strips paths so a download cannot escape', () => {
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromContentDisposition('inline')).toBeUndefined();
  });
  it('falls back to the URL and adds an extension for the kind', () => {
    expect(suggestFilename({ url: 'http://x/sandbox/json?mb=1', kind: 'json' })).toBe('json.json');
    expect(suggestFilename({ url: 'http://x/files/photo.png', kind: 'image' })).toBe('photo.png');
    expect(suggestFilename({ url: 'http://x/', kind: 'binary' })).toBe('response.bin');
    expect(suggestFilename({ url: 'http://x/sandbox/image', kind: 'image', essence: 'image/png' })).toBe('image.png');
    expect(suggestFilename({ url: 'http://x/a', kind: 'text', contentDisposition: 'attachment; filename=b.txt' })).toBe('b.txt');
  });
});

describe('prettyMarkup', () => {
  it('indents nested XML and keeps short text inline', () => {
    const out = prettyMarkup('<?xml version="1.0"?><a><b x="1">t</b><c/><d><e>1</e></d></a>', 'xml');
    expect(out).toBe(
      ['<?xml version="1.0"?>', '<a>', '  <b x="1">t</b>', '  <c/>', '  <d>', '    <e>1</e>', '  </d>', '</a>'].join('\n'),
    );
  });
  it('knows HTML void elements and keeps script content verbatim', () => {
    const out = prettyMarkup('<html><body><br><img src=x><script>if (a<b) {}</script><p>hi</p></body></html>', 'html');
    expect(out.split('\n')).toEqual([
      '<html>',
      '  <body>',
      '    <br>',
      '    <img src=x>',
      '    <script>if (a<b) {}</script>',
      '    <p>hi</p>',
      '  </body>',
      '</html>',
    ]);
  });
});

describe('tokenizeJsonRow', () => {
  it('tells keys from string values', () => {
    const tokens = tokenizeJsonRow('  "id": "x\\"y", 12, true');
    expect(tokens.filter((t) => t.kind !== 'plain').map((t) => [t.kind, t.text])).toEqual([
      ['key', '"id"'],
      ['punct', ':'],
      ['string', '"x\\"y"'],
      ['punct', ','],
      ['number', '12'],
      ['punct', ','],
      ['literal', 'true'],
    ]);
    expect(tokens.map((t) => t.text).join('')).toBe('  "id": "x\\"y", 12, true');
  });
});

describe('formatClock', () => {
  it('gives the local time of day, 24-hour, with seconds when asked', () => {
    const t = new Date(2026, 11, 3, 9, 5, 7).getTime();
    expect(formatClock(t)).toBe('09:05');
    expect(formatClock(t, { seconds: true })).toBe('09:05:07');
    expect(formatClock(new Date(2026, 11, 3, 23, 59, 0).getTime())).toBe('23:59');
  });
});
