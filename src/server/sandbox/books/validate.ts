import type { BookInput } from './seed';

export type { BookInput };

export interface FieldError {
  /** JSON Pointer to the offending member (RFC 6901). */
  pointer: string;
  detail: string;
}

/** Checks a would-be book; the id is the server's, so it is dropped from the input. */
export function validateBook(value: unknown): { book: BookInput } | { errors: FieldError[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [{ pointer: '', detail: 'The body must be a JSON object.' }] };
  }
  const record = value as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of ['title', 'author']) {
    const fieldValue = record[field];
    if (fieldValue === undefined) errors.push({ pointer: `/${field}`, detail: `"${field}" is required.` });
    else if (typeof fieldValue !== 'string' || fieldValue.trim() === '') {
      errors.push({ pointer: `/${field}`, detail: `"${field}" must be a non-empty string.` });
    }
  }
  if (record.year !== undefined && !Number.isInteger(record.year)) {
    errors.push({ pointer: '/year', detail: '"year" must be an integer.' });
  }
  if (record.isbn !== undefined && typeof record.isbn !== 'string') {
    errors.push({ pointer: '/isbn', detail: '"isbn" must be a string.' });
  }
  if (record.tags !== undefined && !(Array.isArray(record.tags) && record.tags.every((tag) => typeof tag === 'string'))) {
    errors.push({ pointer: '/tags', detail: '"tags" must be an array of strings.' });
  }
  if (errors.length > 0) return { errors };
  const { id: _id, ...book } = record;
  return { book: book as BookInput };
}
