import { LAB_LOG_SIZE, type LabEntry, type LabResource } from '../../../core/model/lab.ts';
import { BookStore } from '../books/store.ts';
import { RateLimit } from '../rateLimit.ts';

/** One learner's sandbox: their own books, rate limit and log. */
export class Lab {
  readonly books = new BookStore();
  readonly limit = new RateLimit();
  private entries: LabEntry[] = [];
  private nextSeq = 1;

  log(entry: Omit<LabEntry, 'seq'>): void {
    this.entries.push({ seq: this.nextSeq++, ...entry });
    if (this.entries.length > LAB_LOG_SIZE) this.entries.splice(0, this.entries.length - LAB_LOG_SIZE);
  }

  entriesAfter(seq: number): LabEntry[] {
    return this.entries.filter((entry) => entry.seq > seq);
  }

  /** The seq of the newest exchange, 0 when there is none. */
  lastSeq(): number {
    return this.nextSeq - 1;
  }

  state(): LabResource[] {
    return this.books.list(undefined).map((book) => ({ ...book }));
  }

  reset(): void {
    this.books.reset();
    this.limit.reset();
    this.entries = [];
    this.nextSeq = 1;
  }
}

/** At most this many labs live at once; the one used longest ago goes first. */
const MAX_LABS = 200;

export class Labs {
  private labs = new Map<string, Lab>();

  get(id: string): Lab {
    let lab = this.labs.get(id);
    if (lab) this.labs.delete(id);
    else lab = new Lab();
    this.labs.set(id, lab);
    while (this.labs.size > MAX_LABS) this.labs.delete(this.labs.keys().next().value!);
    return lab;
  }
}
