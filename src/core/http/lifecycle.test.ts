import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STEPS, unexplainedTime, waterfallSegments } from './lifecycle';

describe('request lifecycle', () => {
  it('lists the phases in wire order, each explained', () => {
    expect(LIFECYCLE_STEPS.map((s) => s.id)).toEqual(['dns', 'connect', 'tls', 'send', 'wait', 'download']);
    for (const s of LIFECYCLE_STEPS) {
      expect(s.explanation.length).toBeGreaterThan(30);
      expect(s.whenSlow.length).toBeGreaterThan(10);
    }
  });

  it('lays measured phases end to end', () => {
    const segs = waterfallSegments({ startedAt: 0, total: 100, dns: 5, connect: 10, tls: 20, ttfb: 40, download: 15 });
    expect(segs.map((s) => [s.id, s.start, s.duration])).toEqual([
      ['dns', 0, 5],
      ['connect', 5, 10],
      ['tls', 15, 20],
      ['wait', 35, 40],
      ['download', 75, 15],
    ]);
    expect(unexplainedTime({ startedAt: 0, total: 100, dns: 5, connect: 10, tls: 20, ttfb: 40, download: 15 })).toBe(10);
  });

  it('skips phases that were not measured (reused connection, plain http)', () => {
    const segs = waterfallSegments({ startedAt: 0, total: 50, ttfb: 30, download: 20 });
    expect(segs.map((s) => [s.id, s.start])).toEqual([
      ['wait', 0],
      ['download', 30],
    ]);
  });

  it('falls back to one total bar when only the total is known (browser sender)', () => {
    expect(waterfallSegments({ startedAt: 0, total: 42 })).toEqual([{ id: 'total', label: 'Total', start: 0, duration: 42 }]);
    expect(unexplainedTime({ startedAt: 0, total: 42 })).toBe(0);
  });
});
