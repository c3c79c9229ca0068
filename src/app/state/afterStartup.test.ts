import { afterEach, describe, expect, it, vi } from 'vitest';
import { markAppStarted, resetAppStartedForTests, whenIdleAfterStart } from './afterStartup';

afterEach(() => {
  resetAppStartedForTests();
  vi.unstubAllGlobals();
});

describe('whenIdleAfterStart', () => {
  it('waits for the start-up, then for an idle period', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => (idle.push(cb), idle.length));
    const work = vi.fn();
    whenIdleAfterStart(work);
    expect(idle).toHaveLength(0);
    markAppStarted();
    expect(idle).toHaveLength(1);
    expect(work).not.toHaveBeenCalled();
    idle[0]!();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('after start-up, only waits for idle', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => (idle.push(cb), idle.length));
    markAppStarted();
    const work = vi.fn();
    whenIdleAfterStart(work);
    idle.splice(0).forEach((cb) => cb());
    expect(work).toHaveBeenCalledTimes(1);
  });
});
