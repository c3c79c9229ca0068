import { newId, type FileRef } from '../../core/model';
import { readMaxRequestBytes } from '../../transport';

/**
 * The bytes of files the person picked, keyed by FileRef.id. The request model only holds the
 * FileRef; prepareRequest reads the bytes through `resolveFileBytes` when sending.
 * Files live as long as the page (a Blob is a handle, not a copy in the JS heap).
 */
const blobs = new Map<string, Blob>();

export function putFile(file: File | Blob, name = file instanceof File ? file.name : 'file'): FileRef {
  const ref: FileRef = { id: newId(), name, type: file.type, size: file.size };
  blobs.set(ref.id, file);
  return ref;
}

export function hasFile(ref: FileRef | undefined): boolean {
  return !!ref && blobs.has(ref.id);
}

export function getFileBlob(ref: FileRef): Blob | undefined {
  return blobs.get(ref.id);
}

export class MissingFileError extends Error {
  constructor(readonly ref: FileRef) {
    super(`The file "${ref.name}" is no longer available (files are kept only while the page is open): pick it again.`);
    this.name = 'MissingFileError';
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Refused before its bytes are read: a 1 GB file must not be copied into the tab to be refused later. */
export class FileTooLargeError extends Error {
  constructor(readonly ref: FileRef, size: number, limit: number) {
    super(
      `The file "${ref.name}" is ${megabytes(size)}, over the ${megabytes(limit)} that Reqlab sends. Nothing was sent. ` +
        `Start Reqlab with --max-request-mb ${Math.ceil(size / (1024 * 1024))} to allow it.`,
    );
    this.name = 'FileTooLargeError';
  }
}

export async function resolveFileBytes(ref: FileRef): Promise<Uint8Array> {
  const blob = blobs.get(ref.id);
  if (!blob) throw new MissingFileError(ref);
  const limit = readMaxRequestBytes();
  if (blob.size > limit) throw new FileTooLargeError(ref, blob.size, limit);
  return new Uint8Array(await blob.arrayBuffer());
}
