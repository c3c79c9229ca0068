import { createHash } from 'node:crypto';
import { seedBooks, type Book, type BookInput } from './seed.ts';

/** The books of one sandbox handler, in memory. */
export class BookStore {
  private books = new Map<number, Book>();
  private nextId = 1;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.books = new Map(seedBooks().map((book) => [book.id, book]));
    this.nextId = Math.max(0, ...this.books.keys()) + 1;
  }

  list(q: string | undefined): Book[] {
    const all = [...this.books.values()];
    if (!q) return all;
    const needle = q.toLocaleLowerCase();
    return all.filter(
      (book) => book.title.toLocaleLowerCase().includes(needle) || book.author.toLocaleLowerCase().includes(needle),
    );
  }

  get(id: number): Book | undefined {
    return this.books.get(id);
  }

  create(input: BookInput): Book {
    const book: Book = { id: this.nextId++, ...input };
    this.books.set(book.id, book);
    return book;
  }

  replace(id: number, input: BookInput): Book {
    const book: Book = { id, ...input };
    this.books.set(id, book);
    return book;
  }

  delete(id: number): boolean {
    return this.books.delete(id);
  }
}

/** A strong validator derived from the representation, so any change changes it. */
export function etagOf(book: Book): string {
  return `"${createHash('sha256').update(JSON.stringify(book)).digest('base64url').slice(0, 22)}"`;
}

/** Whether an If-Match / If-None-Match list names this tag (`*` names any). */
export function tagListMatches(header: string, etag: string, weak: boolean): boolean {
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const strip = (tag: string) => (weak ? tag.replace(/^W\//, '') : tag);
  return trimmed
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => (weak || !tag.startsWith('W/')) && strip(tag) === strip(etag));
}
