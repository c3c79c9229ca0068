import { describe, expect, it } from 'vitest';
import { newRequest, type ResponseRecord } from '../../../core/model';
import type { EditorTab } from '../tabsStore';
import { KEPT_BODY_BYTES, missingFiles, persistableTab } from './persistableTab';

const response = (size: number) => ({ status: 200, body: new Uint8Array(size) }) as unknown as ResponseRecord;
const tab = (exchange: EditorTab['exchange']): EditorTab => ({ id: 't', request: newRequest(), dirty: true, exchange, confirmUnresolved: ['x'], notice: 'n' });

describe('what a tab keeps across a reload', () => {
  it('the request and its state, not the prompts of the moment', () => {
    const kept = persistableTab(tab({ status: 'idle' }));
    expect(kept.dirty).toBe(true);
    expect(kept.confirmUnresolved).toBeUndefined();
    expect(kept.notice).toBeUndefined();
  });
  it('the last response when its body is small; a send in flight becomes idle', () => {
    expect(persistableTab(tab({ status: 'done', response: response(10) })).exchange.response?.body.length).toBe(10);
    expect(persistableTab(tab({ status: 'done', response: response(KEPT_BODY_BYTES + 1) })).exchange).toEqual({ status: 'idle' });
    expect(persistableTab(tab({ status: 'sending', progress: { loaded: 1 } })).exchange).toEqual({ status: 'idle' });
  });
  it('names the chosen files the browser did not keep', () => {
    const request = newRequest();
    request.body.binary = { id: 'gone', name: 'photo.bin', type: '', size: 3 };
    expect(missingFiles(request)).toEqual(['photo.bin']);
  });
});
