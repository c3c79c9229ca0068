import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { bracketDepth, MAX_NESTING } from './nesting';
import type { Detected } from './detectFormat';

/**
 * Why a text that no importer recognised can't be read, told apart as a person would want:
 * empty, not text at all, a parse error with its line and column, or a file that ends early.
 * Returns null when the text parsed but is simply none of the known formats.
 */
export function unreadableReason(text: string): string | null {
  if (text.trim() === '') return 'is empty';
  const binary = binaryKind(text);
  if (binary) return `is not text (it looks like ${binary}); choose the exported .json, .yaml, .har or a cURL command`;
  if (!/^\s*[[{]/.test(text)) return yamlProblem(text);
  // JSON.parse's messages differ between engines and often lack a position; jsonc-parser
  // (VS Code's) gives the offset and the kind of error everywhere.
  // It recurses, so a document nested past what any importer reads is refused before it runs.
  const depth = bracketDepth(text);
  if (depth > MAX_NESTING) return `nests ${depth.toLocaleString('en')} levels deep; Reqlab reads at most ${MAX_NESTING}`;
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const code = printParseErrorCode(first.error);
  if (first.offset >= text.trimEnd().length || code === 'UnexpectedEndOfString') {
    const { line } = lineColumn(text, text.length);
    return `ends early, at line ${line}: the JSON is cut off (was the download or the copy incomplete?)`;
  }
  const { line, column } = lineColumn(text, first.offset);
  return `is not valid JSON: ${JSON_ERRORS[code] ?? code} at line ${line}, column ${column}`;
}

/** jsonc-parser's error codes (a const enum, so read by name) in words. */
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name (in double quotes) is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing } is expected',
  CloseBracketExpected: 'a closing ] is expected',
  EndOfFileExpected: 'extra text after the end of the document',
  InvalidCommentToken: 'a comment (JSON has none)',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character inside a string',
};

/** An OpenAPI document in YAML (it names itself in a top-level key) that the YAML parser refuses. */
function yamlProblem(text: string): string | null {
  if (!/^["']?(openapi|swagger)["']?\s*:/m.test(text)) return null;
  try {
    parseYaml(text, { maxAliasCount: 10_000 });
    return null;
  } catch (e) {
    const first = ((e as Error).message.split('\n')[0] ?? '').replace(/:$/, '');
    return `is not valid YAML: ${first}`;
  }
}

/** A format Reqlab knows, in a version it can't read: said so, instead of importing nonsense. */
export function unsupportedVersion(detected: Detected): string | null {
  const d = (detected.data ?? {}) as Record<string, unknown>;
  if (detected.format === 'openapi') {
    if (typeof d.openapi === 'string' && !/^3\.\d/.test(d.openapi)) return `is OpenAPI ${d.openapi}, which Reqlab does not read; it reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2`;
    if (d.swagger !== undefined && d.openapi === undefined && !/^2(\.|$)/.test(String(d.swagger))) return `is Swagger ${String(d.swagger)}, which Reqlab does not read; it reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2`;
  }
  if (detected.format === 'postman-collection') {
    const schema = (d.info as { schema?: unknown } | undefined)?.schema;
    const version = typeof schema === 'string' ? /\/v(\d+\.\d+)\.\d+\//.exec(schema)?.[1] : undefined;
    if (version && version !== '2.0' && version !== '2.1' && version !== '1.0') return `is a Postman collection v${version}, which Reqlab does not read; export it from Postman as Collection v2.1`;
  }
  if (detected.format === 'har') {
    const version = (d.log as { version?: unknown } | undefined)?.version;
    if (typeof version === 'string' && version !== '' && !/^1\./.test(version)) return `is HAR ${version}, which Reqlab does not read; it reads HAR 1.1 and 1.2`;
  }
  return null;
}

// File signatures ("magic numbers") as they read once decoded as UTF-8; they are control characters.
/* eslint-disable no-control-regex */
const SIGNATURES: [RegExp, string][] = [
  [/^\uFFFDPNG/, 'a PNG image'],
  [/^\uFFFD\uFFFD\uFFFD/, 'a JPEG image or other binary file'],
  [/^GIF8[79]a/, 'a GIF image'],
  [/^%PDF-/, 'a PDF document'],
  [/^PK\u0003\u0004/, 'a ZIP archive'],
  [/^\u001f\uFFFD/, 'a gzip archive'],
];
/* eslint-enable no-control-regex */

function binaryKind(text: string): string | null {
  for (const [signature, kind] of SIGNATURES) if (signature.test(text)) return kind;
  const head = text.slice(0, 4096);
  // Text has no NUL and few undecodable bytes; a binary file has plenty of both.
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return 'a binary file';
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  return odd > head.length / 10 ? 'a binary file' : null;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
