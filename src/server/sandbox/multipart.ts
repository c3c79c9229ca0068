import { createHash } from 'node:crypto';
import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';

export interface ReceivedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface ParsedMultipart {
  form: [string, string][];
  files: ReceivedFile[];
}

/** Parses a multipart/form-data body already in memory; rejects with busboy's message when malformed. */
export function parseMultipart(headers: IncomingHttpHeaders, body: Buffer): Promise<ParsedMultipart> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers,
        preservePath: true,
        // Browsers send file names as raw UTF-8, not latin1.
        defParamCharset: 'utf8',
        limits: { fieldSize: body.length + 1, fieldNameSize: 1024 },
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const form: [string, string][] = [];
    const files: ReceivedFile[] = [];
    const pending: Promise<void>[] = [];
    parser.on('field', (name, value) => form.push([name, value]));
    parser.on('file', (field, stream, info) => {
      const hash = createHash('sha256');
      let size = 0;
      const file: ReceivedFile = {
        field,
        filename: info.filename ?? '',
        contentType: info.mimeType,
        size: 0,
        sha256: '',
      };
      files.push(file);
      pending.push(
        new Promise((done) => {
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            hash.update(chunk);
          });
          stream.on('end', () => {
            file.size = size;
            file.sha256 = hash.digest('hex');
            done();
          });
          // A truncated part errors the file stream too; unheard, that error would crash the process.
          // The parser's own 'error' rejects with the same message.
          stream.on('error', () => done());
        }),
      );
    });
    parser.on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))));
    parser.on('close', () => {
      Promise.all(pending).then(() => resolve({ form, files }), reject);
    });
    parser.end(body);
  });
}
