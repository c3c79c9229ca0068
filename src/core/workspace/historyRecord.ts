import type {
  HistoryEntry,
  HistoryHead,
  PreparedRequest,
  RequestModel,
  ResponseRecord,
  ScriptReport,
  StoredHistoryBody,
  StoredPreparedRequest,
  TransportError,
  Variable,
} from '../model';
import { WORKSPACE_SCHEMA_VERSION } from '../model';
import { base64ToBytes, bytesToBase64, utf8DecodeStrict, utf8Encode } from '../encoding';
import { maskSecretText, maskSecrets } from './maskSecrets';

export const DEFAULT_HISTORY_BODY_CAP = 1024 * 1024;

export interface ExchangeToRecord {
  id: string;
  createdAt: number;
  request: RequestModel;
  prepared: PreparedRequest;
  response?: ResponseRecord;
  error?: TransportError;
  /** The scripts' tests, console and failures on this send. */
  scripts?: ScriptReport;
  /** Every variable that was in scope; secret ones are masked back to {{placeholders}}. */
  variables: readonly Variable[];
  /** Response (and request) bodies longer than this are cut; defaults to 1 MB. */
  bodyCap?: number;
}

export interface HistoryRecords {
  head: HistoryHead;
  entry: HistoryEntry;
  body?: StoredHistoryBody;
}

/** A script may print or assert on a secret (a token it just stored): history keeps the placeholder. */
function storedScripts(report: ScriptReport, variables: readonly Variable[]): ScriptReport {
  const text = (t: string) => maskSecretText(t, variables);
  return {
    tests: report.tests.map((t) => ({ ...t, name: text(t.name), ...(t.error !== undefined ? { error: text(t.error) } : {}) })),
    console: report.console.map((c) => ({ ...c, text: text(c.text) })),
    failures: report.failures.map((f) => ({ ...f, message: text(f.message) })),
  };
}

function storedPrepared(prepared: PreparedRequest, cap: number): StoredPreparedRequest {
  const stored: StoredPreparedRequest = {
    method: prepared.method,
    url: prepared.url,
    headers: prepared.headers.map((h) => ({ ...h })),
    bodySize: prepared.body?.length ?? 0,
  };
  const body = prepared.body;
  if (body && body.length > 0 && body.length <= cap) {
    const text = utf8DecodeStrict(body);
    if (text !== null) stored.bodyText = text;
    else stored.bodyBase64 = bytesToBase64(body);
  }
  return stored;
}

/** Splits one sent exchange into what history stores: a small head, the entry, and the capped body. */
export function buildHistoryRecords(input: ExchangeToRecord): HistoryRecords {
  const cap = input.bodyCap ?? DEFAULT_HISTORY_BODY_CAP;
  // An OAuth 2.0 token is a secret the person never typed as a variable: history masks it the same way.
  const token = input.prepared.oauth2?.sentToken;
  const secrets: readonly Variable[] = token ? [...input.variables, { id: 'oauth2-token', key: 'OAuth 2.0 access token', value: token, enabled: true, secret: true }] : input.variables;
  const prepared = maskSecrets(storedPrepared(input.prepared, cap), secrets);
  const entry: HistoryEntry = {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id: input.id,
    createdAt: input.createdAt,
    request: input.request,
    prepared,
  };
  const head: HistoryHead = {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id: input.id,
    createdAt: input.createdAt,
    method: prepared.method,
    url: prepared.url,
    name: input.request.name,
  };
  let body: StoredHistoryBody | undefined;
  if (input.response) {
    const { body: bytes, ...rest } = input.response;
    const kept = bytes.length > cap ? bytes.slice(0, cap) : bytes;
    const cut = kept.length < input.response.bodySize || input.response.truncated || kept.length < bytes.length;
    entry.response = { ...rest, bodyCut: cut };
    head.status = input.response.status;
    head.statusText = input.response.statusText;
    head.durationMs = input.response.timing.total;
    head.responseSize = input.response.bodySize;
    head.sender = input.response.sender;
    body = {
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      id: input.id,
      bytes: kept.slice(),
      cut,
      fullSize: Math.max(input.response.bodySize, bytes.length),
    };
  }
  if (input.scripts) entry.scripts = storedScripts(input.scripts, secrets);
  if (input.error) {
    entry.error = input.error;
    head.errorCode = input.error.code;
  }
  return { head, entry, body };
}

/**
 * The request as it was sent, read back from history (for the raw view and export of an opened
 * entry). The body's bytes come back when history kept them; secrets stay {{placeholders}}.
 */
export function preparedFromHistory(entry: HistoryEntry): PreparedRequest {
  const stored = entry.prepared;
  const body = stored.bodyText !== undefined ? utf8Encode(stored.bodyText) : stored.bodyBase64 !== undefined ? base64ToBytes(stored.bodyBase64) : null;
  return {
    method: stored.method,
    url: stored.url,
    headers: stored.headers.map((h) => ({ ...h })),
    body,
    bodyDescription: stored.bodyText !== undefined ? { mode: 'raw', text: stored.bodyText } : { mode: 'none' },
    timeoutMs: entry.request.settings.timeoutMs,
    followRedirects: entry.request.settings.followRedirects,
    maxRedirects: entry.request.settings.maxRedirects,
    unresolved: [],
  };
}
