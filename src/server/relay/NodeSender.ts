import type { CookieJar } from 'tough-cookie';
import type { PreparedRequest, ResponseRecord } from '../../core/model';
import { preparedToRelayRequest } from '../../core/prepare/convert';
import { SendError, type SendProgress, type Sender, type SenderCapabilities } from '../../transport/sender';
import { executeRequest } from './executeRequest';
import type { RelayLimits } from './limits';
import type { TlsOptions } from './performHop';
import { frameFailure, responseRecordFromFrame } from '../../core/relay/record';

const CAPABILITIES: SenderCapabilities = {
  setsForbiddenHeaders: true,
  readsCookies: true,
  timingPhases: true,
  redirectControl: true,
  digestAuth: true,
  ignoresCors: true,
  reportsSentRequest: true,
};

/**
 * Sends from Node with the relay's executor, in-process: for the CLI and tests.
 * Reports itself as the `relay` sender since it produces the very same record.
 */
export class NodeSender implements Sender {
  readonly id = 'relay' as const;
  readonly label = 'Node (in-process relay)';
  readonly capabilities = CAPABILITIES;
  private readonly limits?: Partial<RelayLimits>;
  private readonly tls?: TlsOptions;
  private readonly jar?: CookieJar;

  /** With a `jar`, every send shares it (as newman does across a run), unless the request turned it off. */
  constructor(opts: { limits?: Partial<RelayLimits>; tls?: TlsOptions; jar?: CookieJar } = {}) {
    this.limits = opts.limits;
    this.tls = opts.tls;
    this.jar = opts.jar;
  }

  async send(prepared: PreparedRequest, signal: AbortSignal, progress?: (p: SendProgress) => void): Promise<ResponseRecord> {
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    let total: number | undefined;
    const { head, trailer } = await executeRequest(preparedToRelayRequest(prepared), {
      signal,
      limits: this.limits,
      tls: this.tls,
      body: prepared.body,
      ...(this.jar && !prepared.skipCookieJar ? { jar: this.jar } : {}),
      onHead: (h) => {
        const length = h.headers.find(([n]) => n.toLowerCase() === 'content-length')?.[1];
        total = length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
      },
      onChunk: (chunk) => {
        // The executor reuses no buffers, but copy anyway: callers keep the record long after.
        chunks.push(chunk.slice());
        loaded += chunk.length;
        progress?.({ loaded, total });
      },
    });
    const failure = frameFailure(head, trailer);
    if (failure) throw new SendError(failure);
    const body = new Uint8Array(loaded);
    let at = 0;
    for (const c of chunks) {
      body.set(c, at);
      at += c.length;
    }
    return responseRecordFromFrame(head, body, trailer);
  }
}
