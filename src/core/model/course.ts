/**
 * A course: lessons of steps, each step some text, a request to send and a check judged from what the
 * sandbox lab received (`LabEntry`). The built-in course and a teacher's own file share this format,
 * `reqlab-course/1`, documented in docs/course-format.md and validated by core/learn/courseSchema.
 */

export const COURSE_FORMAT = 'reqlab-course/1';

export interface Course {
  format: typeof COURSE_FORMAT;
  id: string;
  title: string;
  description?: string;
  lessons: Lesson[];
}

export interface Lesson {
  /** A slug for the deep link `#/learn/<id>`. */
  id: string;
  title: string;
  summary: string;
  steps: LessonStep[];
}

/** Which picture of the learner's exchange the step draws. */
export type StepVisual = 'sequence' | 'anatomy' | 'state' | 'timing' | 'cors';

export interface LessonStep {
  id: string;
  title: string;
  /** Paragraphs. Inline `code`, **strong** and [text](https://…) links; nothing else is markup. */
  text: string[];
  links?: { label: string; href: string }[];
  /** The request the step fills into the editor. Absent in a challenge: the learner composes it. */
  request?: StepRequest;
  check?: StepCheck;
  /** A challenge shows its task but no ready request. */
  challenge?: boolean;
  visual?: StepVisual;
  /** Headers the sequence diagram labels, lower-case (besides method, path and status). */
  showHeaders?: string[];
  /** Whether the step needs the relay, and why (Set-Cookie, forbidden headers, CORS). */
  needsRelay?: string;
}

export interface StepRequest {
  method: string;
  /**
   * `{{lab}}` is the learner's lab (`http://host/sandbox/lab/<id>`), `{{crossLab}}` the same lab at the
   * sandbox's second, cross-origin address, `{{sandbox}}` the shared sandbox.
   */
  url: string;
  /** Which sender the step needs; otherwise the learner's choice stands. */
  sender?: 'browser' | 'relay';
  headers?: [string, string][];
  body?: { json: unknown } | { text: string; contentType: string } | { form: [string, string][] };
  auth?: { basic: { username: string; password: string } } | { bearer: string } | { oauth2: StepOAuth2 };
}

/**
 * OAuth 2.0 set up in the Auth tab for the learner, who then presses "Get new access token". URLs take
 * the same placeholders as the step's URL. The authorization code grant always uses PKCE.
 */
export interface StepOAuth2 {
  grant: 'authorization_code' | 'client_credentials';
  authUrl?: string;
  tokenUrl: string;
  clientId: string;
  clientSecret?: string;
  scope?: string;
}

/** A header expectation: true present, false absent, a string equal (trimmed), `{ matches }` a regex. */
export type HeaderExpectation = boolean | string | { matches: string };

/** What one exchange in the lab log must look like. Every member given must hold. */
export interface ExchangeExpectation {
  method?: string;
  /** Exact path inside the lab (`/books/2`), or `{ matches }` with a regular expression. */
  path?: string | { matches: string };
  query?: Record<string, string>;
  headers?: Record<string, HeaderExpectation>;
  /** Members the request body (JSON) must hold, compared by value. */
  json?: Record<string, unknown>;
  /** Fields of a form-urlencoded request body (`grant_type`, `code_verifier`…), each as a header is judged. */
  form?: Record<string, HeaderExpectation>;
  /** The request body must be JSON with exactly these member names. */
  jsonKeys?: string[];
  status?: number | number[];
  responseHeaders?: Record<string, HeaderExpectation>;
  /** The exchange changed the books exactly so: book `id` differs in these fields only. */
  changed?: { id: number; fields: string[] };
  /** The exchange changed no book. */
  unchanged?: boolean;
  /** The exchange added a book. */
  created?: boolean;
}

export interface StepCheck {
  /** One exchange, or several that must appear in this order (others may come between). */
  expect: ExchangeExpectation | ExchangeExpectation[];
  /** Said when the check fails, after the difference found. */
  hint?: string;
  /** Said when it passes. */
  success?: string;
}
