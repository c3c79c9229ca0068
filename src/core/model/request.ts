import type { Auth } from './auth';
import type { RequestBody } from './body';
import type { KeyValue } from './keyValue';

export interface RequestSettings {
  /** 0 means no timeout of our own (the relay's total-time limit still applies). */
  timeoutMs: number;
  followRedirects: boolean;
  maxRedirects: number;
  /** Which sender to use; `default` lets the app choose (relay when available). */
  sender: 'default' | 'relay' | 'browser';
  /** False: this request neither sends the jar's cookies nor keeps the ones it receives. Absent means on. */
  cookieJar?: boolean;
}

/** A Postman script, kept line for line so that export gives it back byte for byte. */
export interface ScriptEvent {
  listen: 'prerequest' | 'test' | string;
  exec: string[];
  /** Switched off in Postman: kept, not run. */
  disabled?: boolean;
}

export interface SavedExample {
  id: string;
  name: string;
  status?: number;
  statusText?: string;
  headers: [string, string][];
  body: string;
}

/** A request as the person composes it: unresolved, with {{variables}} kept. */
export interface RequestModel {
  id: string;
  name: string;
  method: string;
  /** The URL as typed, query string included; `params` is kept in sync with it. */
  url: string;
  params: KeyValue[];
  /** `/books/:id` path variables. */
  pathVariables: KeyValue[];
  headers: KeyValue[];
  /**
   * Lower-case names of headers Reqlab would add itself (e.g. `content-type` from the body
   * mode) that the person switched off. A user header row with the same name overrides instead.
   */
  disabledAutoHeaders?: string[];
  auth: Auth;
  body: RequestBody;
  settings: RequestSettings;
  description?: string;
  events?: ScriptEvent[];
  examples?: SavedExample[];
}
