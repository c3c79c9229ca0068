import type { FileRef, PartialResponse, PreparedRequest, ResponseRecord, TransportError } from '../core/model';
import { CALL_CONTENT_TYPE, RELAY_PATH, RELAY_TOKEN_HEADER, encodeCallHead, type RelayHead, type RelayRefusal } from '../core/relay/protocol';
import { frameFailure, responseRecordFromFrame } from '../core/relay/record';
import { preparedToRelayRequest } from '../core/prepare/convert';
import { SendError, type CookieJarAccess, type Sender, type SendProgress } from './sender';
import { FrameReader } from './frameReader';
import { headerValue } from './rawHeaders';
import { readRelayToken } from './relayToken';
import { transportErrors } from './transportErrors';

async function refusal(res: Response): Promise<TransportError> {
  const text = await res.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as RelayRefusal;
    if (parsed?.error?.message) return { code: parsed.error.code, message: parsed.error.message };
  } catch {
    // not JSON: fall through to a generic sentence with the text as detail
  }
  return {
    code: res.status === 403 ? 'RELAY_REFUSED' : res.status === 400 ? 'INVALID_REQUEST' : 'UNKNOWN',
    message:
      res.status === 403
        ? 'The local relay refused this page. Reload the page served by Reqlab\'s server (its secret changes on restart).'
        : `The local relay answered ${res.status} instead of a response.`,
    ...(text ? { detail: text.slice(0, 500) } : {}),
  };
}

/** How much of the body is offered to show while the rest downloads (its first lines). */
const FIRST_BYTES = 256 * 1024;

function partialOf(head: RelayHead, firstBytes: Uint8Array): PartialResponse {
  return { status: head.status, statusText: head.statusText, httpVersion: head.httpVersion, headers: head.headers, firstBytes };
}

/** Sends through Reqlab's own server, which is not bound by CORS or forbidden headers. */
export class RelaySender implements Sender {
  readonly id = 'relay' as const;
  readonly label = 'Local relay';
  readonly capabilities = {
    setsForbiddenHeaders: true,
    readsCookies: true,
    timingPhases: true,
    redirectControl: true,
    digestAuth: true,
    ignoresCors: true,
    reportsSentRequest: true,
  };

  constructor(
    private readonly token: () => string | null = readRelayToken,
    /** The jar, when the app has one; a request can still turn it off (`skipCookieJar`). */
    private readonly jar: () => CookieJarAccess | null = () => null,
    /** The picked file behind a binary body, so that it is streamed from disk rather than copied again. */
    private readonly fileBlob: (ref: FileRef) => Blob | undefined = () => undefined,
  ) {}

  /**
   * The call: its head, then the body (never base64 in JSON, never a second copy of a file). A
   * call without a body is sent as its bytes: a Blob body is read by the browser before the
   * request starts, which cost a few ms of every small send.
   */
  private callBody(prepared: PreparedRequest, opts: Parameters<typeof preparedToRelayRequest>[1]): Blob | Uint8Array<ArrayBuffer> {
    const head = encodeCallHead(preparedToRelayRequest(prepared, opts));
    const body = prepared.body;
    if (!body || body.byteLength === 0) return head;
    const d = prepared.bodyDescription;
    const file = d.mode === 'binary' ? this.fileBlob(d.file) : undefined;
    return new Blob([head as BlobPart, file && file.size === body.byteLength ? file : (body as BlobPart)]);
  }

  async send(prepared: PreparedRequest, signal: AbortSignal, progress?: (p: SendProgress) => void): Promise<ResponseRecord> {
    const token = this.token();
    if (!token) {
      throw new SendError({
        code: 'RELAY_UNAVAILABLE',
        message: "This page was not served by Reqlab's server, so there is no local relay to send through.",
      });
    }
    const jar = prepared.skipCookieJar ? null : this.jar();
    const cookies = jar ? await jar.snapshot().catch(() => []) : undefined;
    let res: Response;
    try {
      res = await fetch(RELAY_PATH, {
        method: 'POST',
        headers: { 'content-type': CALL_CONTENT_TYPE, [RELAY_TOKEN_HEADER]: token },
        body: this.callBody(prepared, cookies ? { cookies } : {}),
        signal,
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (e) {
      if (signal.aborted) throw new SendError(transportErrors.aborted());
      throw new SendError(transportErrors.relayUnavailable(e instanceof Error ? e.message : String(e)));
    }
    if (res.status !== 200) throw new SendError(await refusal(res));
    if (!res.body) throw new SendError(transportErrors.relayBroken('empty relay response'));

    const frame = new FrameReader();
    const reader = res.body.getReader();
    let total: number | undefined;
    let partial: PartialResponse | undefined;
    // Cookies a response set are stored before the send resolves, so the next send carries them.
    let storingCookies: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const hadHead = frame.head !== null;
        frame.push(value);
        if (!hadHead && frame.head?.cookieChanges && jar) storingCookies = jar.apply(frame.head.cookieChanges).catch(() => undefined);
        if (frame.head?.error) break;
        if (!frame.head) continue;
        if (!hadHead) {
          const length = headerValue(frame.head.headers, 'content-length');
          const encoded = headerValue(frame.head.headers, 'content-encoding');
          if (length && !encoded && /^\d+$/.test(length.trim())) {
            total = Number(length);
            frame.expectBodySize(total);
          }
        }
        if (frame.complete) break;
        if (!progress) continue;
        // The first bytes are copied only while they grow (at most FIRST_BYTES): later chunks reuse the object.
        if (!partial || (partial.firstBytes.length < FIRST_BYTES && frame.bodyBytesSoFar > partial.firstBytes.length)) {
          partial = partialOf(frame.head, frame.firstBodyBytes(FIRST_BYTES));
        }
        progress({ loaded: frame.bodyBytesSoFar, ...(total !== undefined ? { total } : {}), partial });
      }
    } catch (e) {
      if (signal.aborted) throw new SendError(transportErrors.aborted());
      throw new SendError(transportErrors.relayUnavailable(e instanceof Error ? e.message : String(e)));
    }
    await storingCookies;
    if (frame.head?.error) {
      void reader.cancel().catch(() => undefined);
      throw new SendError(frame.head.error);
    }

    let decoded;
    try {
      decoded = frame.finish();
    } catch (e) {
      throw new SendError(transportErrors.relayBroken(e instanceof Error ? e.message : String(e)));
    }
    const { head, body, trailer } = decoded;
    const failure = frameFailure(head, trailer);
    if (failure) throw new SendError(failure);
    return responseRecordFromFrame(head, body, trailer);
  }
}
