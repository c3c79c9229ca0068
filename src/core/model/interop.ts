import type { Collection } from './collection';
import type { Environment, Variable } from './variables';

export type ImportFormat =
  | 'postman-collection'
  | 'postman-environment'
  | 'postman-globals'
  | 'openapi'
  | 'har'
  | 'curl';

/** One thing the importer could not bring over as it was, and where it was in the file. */
export interface ImportNote {
  /** Where in the source: `item[3].item[0].request.body`, `paths./pets.get`, `--proxy`. */
  path: string;
  /** Where, by the names a person sees in the tree: `My API / users / Create user`. */
  where?: string;
  /** skipped: left out; changed: brought over differently; inactive: kept but does not run (scripts). */
  action: 'skipped' | 'changed' | 'inactive';
  reason: string;
}

export interface ImportReport {
  format: ImportFormat;
  /** Human label of the source, e.g. "Postman collection v2.1". */
  source: string;
  imported: { collections: number; folders: number; requests: number; environments: number; variables: number; examples: number };
  notes: ImportNote[];
}

export interface ImportResult {
  collections: Collection[];
  environments: Environment[];
  /** Postman globals files. */
  globals: Variable[];
  report: ImportReport;
}
