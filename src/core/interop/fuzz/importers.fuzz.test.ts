import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importOutcome } from './classify';
import { mutatedInput } from './mutate';
import { BUILT_IN_SEEDS } from './seeds';

describe('importers, fuzzed (fixed seed; `npm run fuzz` runs 10,000 cases and tallies)', () => {
  it('every mutated input is imported or refused with an ImportError, never an uncaught error', () => {
    fc.assert(
      fc.property(mutatedInput(BUILT_IN_SEEDS.map((s) => s.text)), (text) => {
        const { outcome, error } = importOutcome(text);
        if (outcome === 'crashed') throw new Error(`crashed: ${String((error as Error)?.stack ?? error).slice(0, 400)}\ninput: ${JSON.stringify(text.slice(0, 300))}`);
      }),
      { seed: 20261202, numRuns: 400 },
    );
  });

  it('arbitrary bytes are decoded and refused or imported, never crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(importOutcome(bytes).outcome).not.toBe('crashed');
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
