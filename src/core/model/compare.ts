/** One side of a comparison: an exchange from history or the one on screen. */
export interface CompareSide {
  /** How the person knows it: "GET /sandbox/books · 12:34:56". */
  label: string;
  status?: number;
  statusText?: string;
  headers: [string, string][];
  body: Uint8Array;
  /** The body kept is shorter than the one received. */
  bodyCut: boolean;
  /** What went wrong when there was no response. */
  error?: string;
}

export type DiffChange = 'same' | 'added' | 'removed' | 'changed';

export interface HeaderDiffRow {
  /** As the right side (else the left) spelled it. */
  name: string;
  left?: string;
  right?: string;
  change: DiffChange;
}

/** One line of a side-by-side body view; a side is missing where the other added a line. */
export interface SideBySideRow {
  left?: { line: number; text: string; change: DiffChange };
  right?: { line: number; text: string; change: DiffChange };
}

/** A JSON value that differs, by its path (`$.books[1].title`). */
export interface JsonChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  left?: string;
  right?: string;
}

export interface BodyComparison {
  /** json: both parsed and compared value by value (key order ignored); text: line by line. */
  mode: 'json' | 'text' | 'binary' | 'empty';
  identical: boolean;
  rows: SideBySideRow[];
  jsonChanges: JsonChange[];
  /** Lines added and removed. */
  added: number;
  removed: number;
  /** Only the first part of a big body was compared. */
  comparedBytes?: number;
  note?: string;
}

export interface ExchangeComparison {
  status: { left: string; right: string; same: boolean };
  headers: HeaderDiffRow[];
  body: BodyComparison;
}
