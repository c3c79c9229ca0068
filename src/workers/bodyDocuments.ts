import { JSONPath } from 'jsonpath-plus';
import type { BodyKind } from '../core/format/bodyKind';
import { indexJsonLines, renderJsonRow } from '../core/format/jsonLines';
import { CONTINUATION, type LineIndex } from '../core/format/lineIndex';
import { prettyMarkup } from '../core/format/markupPretty';
import { decoderFor } from '../core/format/prettyText';
import { indexTextLines, renderTextRow } from '../core/format/textLines';
import type { BodyView, IndexInfo, JsonPathInfo } from './bodyProtocol';

/** Markup above this is shown as received: re-indenting needs the whole string in memory. */
const MARKUP_PRETTY_LIMIT = 8 * 1024 * 1024;

interface Rows {
  /** The bytes the index points into (the body, or its re-indented form for markup). */
  bytes: Uint8Array;
  index: LineIndex;
  decoder: TextDecoder;
  info: IndexInfo;
}

interface BodyDocument {
  bytes: Uint8Array;
  kind: BodyKind;
  decoder: TextDecoder;
  views: Partial<Record<BodyView, Rows>>;
  parsed?: unknown;
}

/**
 * The worker's state: bodies by id, each with lazily built row indexes per view.
 * Kept free of `self` so it can be tested in Node.
 */
export class BodyDocuments {
  private docs = new Map<string, BodyDocument>();

  begin(docId: string, totalBytes: number, kind: BodyKind, charset?: string): void {
    this.docs.set(docId, { bytes: new Uint8Array(totalBytes), kind, decoder: decoderFor(charset), views: {} });
  }

  chunk(docId: string, offset: number, buffer: ArrayBuffer): void {
    this.get(docId).bytes.set(new Uint8Array(buffer), offset);
  }

  /** Adds a whole body at once (tests, JSONPath results). */
  put(docId: string, bytes: Uint8Array, kind: BodyKind, charset?: string): void {
    this.docs.set(docId, { bytes, kind, decoder: decoderFor(charset), views: {} });
  }

  close(docId: string): void {
    this.docs.delete(docId);
  }

  index(docId: string, view: BodyView): IndexInfo {
    return this.rowsOf(docId, view).info;
  }

  rows(docId: string, view: BodyView, from: number, to: number): string[] {
    const { bytes, index, decoder } = this.rowsOf(docId, view);
    const out: string[] = [];
    const end = Math.min(to, index.count);
    const render = index.mode === 'json' ? renderJsonRow : renderTextRow;
    for (let r = Math.max(0, from); r < end; r++) out.push(render(bytes, index, r, decoder));
    return out;
  }

  /** The whole view as one string, continuation rows joined back. */
  text(docId: string, view: BodyView): string {
    const { index } = this.rowsOf(docId, view);
    const rows = this.rows(docId, view, 0, index.count);
    const parts: string[] = [];
    for (let r = 0; r < rows.length; r++) {
      if (r > 0 && !(index.info[r]! & CONTINUATION)) parts.push('\n');
      parts.push(rows[r]!);
    }
    return parts.join('');
  }

  jsonPath(docId: string, path: string, resultDocId: string): JsonPathInfo {
    const doc = this.get(docId);
    if (doc.parsed === undefined) {
      try {
        doc.parsed = JSON.parse(doc.decoder.decode(doc.bytes));
      } catch (e) {
        throw new Error(`The body is not valid JSON, so JSONPath can't run on it (${(e as Error).message}).`);
      }
    }
    let result: unknown[];
    try {
      result = JSONPath({ path, json: doc.parsed as object, wrap: true }) as unknown[];
    } catch (e) {
      throw new Error(`That JSONPath expression is not valid: ${(e as Error).message}`);
    }
    const bytes = new TextEncoder().encode(JSON.stringify(result ?? []));
    this.put(resultDocId, bytes, 'json');
    return { ...this.index(resultDocId, 'pretty'), matches: Array.isArray(result) ? result.length : 0 };
  }

  private get(docId: string): BodyDocument {
    const doc = this.docs.get(docId);
    if (!doc) throw new Error(`Unknown body ${docId}`);
    return doc;
  }

  private rowsOf(docId: string, view: BodyView): Rows {
    const doc = this.get(docId);
    const cached = doc.views[view];
    if (cached) return cached;
    const built = view === 'pretty' ? this.buildPretty(doc) : this.buildRaw(doc.bytes, doc.decoder);
    doc.views[view] = built;
    return built;
  }

  private buildRaw(bytes: Uint8Array, decoder: TextDecoder, note?: string): Rows {
    const index = indexTextLines(bytes);
    return { bytes, index, decoder, info: { count: index.count, formatted: false, note } };
  }

  private buildPretty(doc: BodyDocument): Rows {
    if (doc.kind === 'json') {
      const { index, error, incomplete } = indexJsonLines(doc.bytes);
      if (error) return this.buildRaw(doc.bytes, doc.decoder, `Not valid JSON (${error.message}); shown as received.`);
      const note = incomplete ? 'The JSON ends inside a value: it is cut or broken.' : undefined;
      return { bytes: doc.bytes, index, decoder: doc.decoder, info: { count: index.count, formatted: true, note } };
    }
    if ((doc.kind === 'xml' || doc.kind === 'html') && doc.bytes.length <= MARKUP_PRETTY_LIMIT) {
      const pretty = new TextEncoder().encode(prettyMarkup(doc.decoder.decode(doc.bytes), doc.kind));
      // The re-indented text is UTF-8 whatever the body's charset was.
      const rows = this.buildRaw(pretty, new TextDecoder());
      return { ...rows, info: { ...rows.info, formatted: true } };
    }
    const note =
      doc.kind === 'xml' || doc.kind === 'html' ? 'Too big to re-indent without freezing; shown as received.' : undefined;
    return this.buildRaw(doc.bytes, doc.decoder, note);
  }
}
