import { describe, expect, it } from 'vitest';
import { newHistory, record, redo, sync, undo, TYPING_RUN_MS } from './fieldHistory';

const typeRun = (text: string, start = 0) => {
  let h = newHistory('', 0);
  let value = '';
  for (const ch of text) {
    value += ch;
    h = record(h, { value, caret: value.length }, true, start + value.length * 10);
  }
  return h;
};

describe('field undo history', () => {
  it('a run of typing is one step, undone and redone at once', () => {
    const h = typeRun('X-Undo');
    expect(h.entries.map((e) => e.value)).toEqual(['', 'X-Undo']);
    const back = undo(h)!;
    expect(back.show.value).toBe('');
    expect(redo(back.history)!.show).toEqual({ value: 'X-Undo', caret: 6 });
    expect(undo(back.history)).toBeNull();
  });

  it('a pause, a deletion or a paste starts a new step', () => {
    let h = typeRun('ab');
    h = record(h, { value: 'abc', caret: 3 }, true, 20 + TYPING_RUN_MS + 1);
    h = record(h, { value: 'ab', caret: 2 }, false, 5000);
    h = record(h, { value: 'ab pasted', caret: 9 }, false, 5001);
    expect(h.entries.map((e) => e.value)).toEqual(['', 'ab', 'abc', 'ab', 'ab pasted']);
  });

  it('typing after an undo drops the redo steps', () => {
    const h = typeRun('abc');
    const back = undo(h)!.history;
    const typed = record(back, { value: 'z', caret: 1 }, true, 10_000);
    expect(typed.entries.map((e) => e.value)).toEqual(['', 'z']);
    expect(redo(typed)).toBeNull();
  });

  it('a value written by the app is a step of its own', () => {
    const h = sync(typeRun('a'), { value: 'a?x=1', caret: 5 });
    expect(undo(h)!.show.value).toBe('a');
    expect(sync(h, { value: 'a?x=1', caret: 5 })).toBe(h);
  });
});
