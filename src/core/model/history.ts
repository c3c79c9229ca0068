import type { RequestModel } from './request';
import type { ResponseRecord, TransportError } from './response';
import type { PreparedHeader } from './prepared';
import type { ScriptReport } from './scripts';

/** A prepared request as stored: secrets kept as {{placeholders}}, body as text or base64. */
export interface StoredPreparedRequest {
  method: string;
  url: string;
  headers: PreparedHeader[];
  bodyText?: string;
  bodyBase64?: string;
  bodySize: number;
}

export interface HistoryEntry {
  schemaVersion: number;
  id: string;
  createdAt: number;
  request: RequestModel;
  prepared: StoredPreparedRequest;
  response?: Omit<ResponseRecord, 'body'> & { bodyCut: boolean };
  error?: TransportError;
  /** What the scripts did on this send (tests, console, failures), secrets masked. */
  scripts?: ScriptReport;
}
