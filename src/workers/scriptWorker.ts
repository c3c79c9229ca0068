/// <reference lib="webworker" />
/**
 * Runs Postman scripts off the page, in QuickJS inside this Worker: a script sees only the pm API
 * (no DOM, no IndexedDB, no fetch, not even this Worker's globals), and a pm.sendRequest goes back
 * to the page, which sends it through the same senders as everything else. Loaded only when a
 * request with scripts is sent.
 */
import variant from '@jitl/quickjs-wasmfile-release-sync';
import chaiSource from 'chai/index.js?raw';
import lodashSource from 'lodash/lodash.min.js?raw';
import type { ScriptResponse } from '../core/model/scripts';
import { createQuickJsEngine } from './scripts/quickjsEngine';
import type { ScriptWorkerMessage, ScriptWorkerRequest } from './scriptProtocol';

const engine = createQuickJsEngine(async () => ({ variant, modules: { chai: () => chaiSource, lodash: () => lodashSource } }));
const scope = self as unknown as DedicatedWorkerGlobalScope;
const waiting = new Map<string, { resolve: (r: ScriptResponse) => void; reject: (e: Error) => void }>();
let nextSend = 1;

scope.onmessage = (event: MessageEvent<ScriptWorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'sent') {
    const key = `${msg.id}:${msg.sendId}`;
    const w = waiting.get(key);
    waiting.delete(key);
    if (msg.response) w?.resolve(msg.response);
    else w?.reject(new Error(msg.error ?? 'The request failed.'));
    return;
  }
  const id = msg.id;
  void engine
    .run(msg.input, (request) => {
      const sendId = nextSend++;
      scope.postMessage({ type: 'send', id, sendId, request } satisfies ScriptWorkerMessage);
      return new Promise<ScriptResponse>((resolve, reject) => waiting.set(`${id}:${sendId}`, { resolve, reject }));
    })
    .then((outcome) => scope.postMessage({ type: 'done', id, outcome } satisfies ScriptWorkerMessage));
};
