/**
 * `npm run fuzz`: 10,000 mutated inputs (from the built-in seeds and, when it is there, every file
 * of ../shared/corpus) through the importers, as the app and the CLI call them. Prints a tally:
 * imported / refused (an ImportError with a message) / crashed (any other error) / slow (> 2 s),
 * and each crashed or slow case. Exit status 1 if any crashed or was slow.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importOutcome, type Outcome } from '../core/interop/fuzz/classify';
import { mutatedInput } from '../core/interop/fuzz/mutate';
import { BUILT_IN_SEEDS } from '../core/interop/fuzz/seeds';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const SLOW_MS = 2000;
const runs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);

function corpusFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return /\.(json|ya?ml|har|txt|sh|curl)$/i.test(name) && statSync(path).size < 2_000_000 ? [path] : [];
  });
}

const seeds = [...BUILT_IN_SEEDS.map((s) => s.text), ...corpusFiles(CORPUS).map((p) => readFileSync(p, 'utf8'))];
const tally: Record<Outcome | 'slow', number> = { imported: 0, refused: 0, crashed: 0, slow: 0 };
const cases = fc.sample(mutatedInput(seeds), { seed, numRuns: runs });
for (const [i, text] of cases.entries()) {
  const r = importOutcome(text);
  tally[r.outcome]++;
  if (r.ms > SLOW_MS) tally.slow++;
  if (r.outcome === 'crashed' || r.ms > SLOW_MS) {
    console.log(`#${i} ${r.outcome} in ${Math.round(r.ms)} ms: ${String((r.error as Error)?.message ?? '').slice(0, 160)}`);
    console.log(`   input (${text.length} chars): ${JSON.stringify(text.slice(0, 160))}`);
  }
}
console.log(`seeds: ${seeds.length} (${seeds.length - BUILT_IN_SEEDS.length} from the corpus); cases: ${runs}; seed: ${seed}`);
console.log(`imported ${tally.imported} / refused ${tally.refused} / crashed ${tally.crashed} / slow ${tally.slow}`);
process.exit(tally.crashed || tally.slow ? 1 : 0);
