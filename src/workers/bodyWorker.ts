/// <reference lib="webworker" />
import { BodyDocuments } from './bodyDocuments';
import type { BodyWorkerReply, BodyWorkerRequest } from './bodyProtocol';

/** Decoding, indexing and formatting of response bodies, off the main thread. */
const docs = new BodyDocuments();
const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: BodyWorkerReply): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<BodyWorkerRequest>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'begin':
      docs.begin(msg.docId, msg.totalBytes, msg.kind, msg.charset);
      return;
    case 'chunk':
      docs.chunk(msg.docId, msg.offset, msg.buffer);
      return;
    case 'close':
      docs.close(msg.docId);
      return;
  }
  try {
    let result: unknown;
    if (msg.type === 'index') result = docs.index(msg.docId, msg.view);
    else if (msg.type === 'rows') result = docs.rows(msg.docId, msg.view, msg.from, msg.to);
    else if (msg.type === 'text') result = docs.text(msg.docId, msg.view);
    else result = docs.jsonPath(msg.docId, msg.path, msg.resultDocId);
    reply({ id: msg.id, ok: true, result });
  } catch (e) {
    reply({ id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
