/**
 * A sandbox lab: one learner's own copy of the sandbox state, at `/sandbox/lab/<id>/…`, with a short log of
 * what the sandbox received and answered there. Lesson checks read the log, so they judge what really
 * reached the server rather than what the editor showed.
 */

/** The lab id alphabet: the page makes a random one, so another learner's log can't be guessed. */
export const LAB_ID_PATTERN = /^[a-z0-9-]{8,40}$/;

/** How much of each body the log keeps. Lesson bodies are small; a bigger one is marked truncated. */
export const LAB_BODY_LIMIT = 16 * 1024;

/** How many exchanges a lab remembers; the oldest go first. */
export const LAB_LOG_SIZE = 100;

export type LabResource = Record<string, unknown> & { id: number };

export interface LabEntry {
  /** Increases by one per logged exchange in this lab, from 1; a reset starts again at 1. */
  seq: number;
  /** Server time, ms since the epoch. */
  at: number;
  method: string;
  /** The path inside the lab, starting with `/` (`/books/2`), percent-encoding as received. */
  path: string;
  /** The query as received, without `?`. */
  query: string;
  /** Request headers, names lower-case, repeated ones joined with `, `. */
  headers: Record<string, string>;
  body: string;
  bodyTruncated: boolean;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: string;
  responseBodyTruncated: boolean;
  /** The books before and after, present only when this exchange changed them. */
  before?: LabResource[];
  after?: LabResource[];
}

export interface LabLog {
  lab: string;
  /** The newest seq in the lab (0 when empty): a step begins after it. */
  last: number;
  entries: LabEntry[];
}

/** The lab's URL prefix on a Reqlab server (`origin` without a trailing slash). */
export function labBase(origin: string, lab: string): string {
  return `${origin}/sandbox/lab/${lab}`;
}
