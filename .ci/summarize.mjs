// Prints one closing line for CI from the JSON reports of Vitest and Playwright:
// "unit: N passed, N failed", "e2e: N passed, N failed" and a total "N passed, N failed".
import { readFileSync, existsSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('test-results/unit.json');
if (unit) {
  const p = unit.numPassedTests ?? 0;
  const f = unit.numFailedTests ?? 0;
  const s = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  console.log(`unit: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p; failed += f; skipped += s;
}
const e2e = read('test-results/e2e.json');
if (e2e) {
  const st = e2e.stats ?? {};
  const p = (st.expected ?? 0) + (st.flaky ?? 0);
  const f = st.unexpected ?? 0;
  const s = st.skipped ?? 0;
  console.log(`e2e: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p; failed += f; skipped += s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
