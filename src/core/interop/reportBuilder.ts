import type { ImportFormat, ImportNote, ImportReport } from '../model';

/** Collects counts and notes while an importer walks its input. */
export class ReportBuilder {
  readonly report: ImportReport;
  /** The names of the collection, folders and request being read, outermost first. */
  private readonly places: string[] = [];
  constructor(format: ImportFormat, source: string) {
    this.report = {
      format,
      source,
      imported: { collections: 0, folders: 0, requests: 0, environments: 0, variables: 0, examples: 0 },
      notes: [],
    };
  }
  count(kind: keyof ImportReport['imported'], n = 1): void {
    this.report.imported[kind] += n;
  }
  note(path: string, action: ImportNote['action'], reason: string): void {
    const where = this.places.join(' / ');
    this.report.notes.push({ path, ...(where ? { where } : {}), action, reason });
  }
  /** Runs `read` with `name` as the innermost place, so its notes are named by it. */
  within<T>(name: string, read: () => T): T {
    this.places.push(name);
    try {
      return read();
    } finally {
      this.places.pop();
    }
  }
  skipped(path: string, reason: string): void {
    this.note(path, 'skipped', reason);
  }
  changed(path: string, reason: string): void {
    this.note(path, 'changed', reason);
  }
}
