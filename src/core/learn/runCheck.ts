import type { ExchangeExpectation, LabEntry, StepCheck } from '../model';
import { judgeExchange, type Difference } from './judgeExchange';

export type CheckResult =
  | { passed: true; matched: LabEntry[]; message: string }
  | {
      passed: false;
      /** What went wrong first, for a screen reader and a heading. */
      message: string;
      /** The differences of the exchange that came closest. */
      differences: Difference[];
      hint?: string;
      /** The exchange the differences are about. */
      nearest?: LabEntry;
    };

/** Preflights are the browser's, not the learner's: a step about them asks for OPTIONS by name. */
export function isPreflight(entry: LabEntry): boolean {
  return entry.method === 'OPTIONS' && entry.headers['access-control-request-method'] !== undefined;
}

/**
 * After a blocked call the Browser sender asks, with a no-cors HEAD, whether the server answers at all
 * (to tell CORS from a network error). That request is Reqlab's, not the learner's.
 */
export function isCorsProbe(entry: LabEntry): boolean {
  return entry.method === 'HEAD' && entry.headers['sec-fetch-mode'] === 'no-cors';
}

/** How far an exchange is from an expectation; another method or path weighs double, since it is another request. */
function distance(entry: LabEntry, want: ExchangeExpectation): number {
  const otherMethod = want.method !== undefined && entry.method !== want.method.toUpperCase() ? 1 : 0;
  const otherPath = typeof want.path === 'string' && entry.path !== want.path ? 1 : 0;
  return judgeExchange(entry, want).length + otherMethod + otherPath;
}

/**
 * Judges a step from the lab log since the step began. The expectations must be met by exchanges in
 * order; on failure the message is about the closest exchange for the first expectation not met.
 */
export function runCheck(check: StepCheck, entries: readonly LabEntry[]): CheckResult {
  const wanted: ExchangeExpectation[] = Array.isArray(check.expect) ? check.expect : [check.expect];
  const matched: LabEntry[] = [];
  let from = 0;
  for (const [index, want] of wanted.entries()) {
    const candidates = entries.slice(from).filter((entry) => !isCorsProbe(entry) && (want.method === 'OPTIONS' || !isPreflight(entry)));
    const hit = candidates.find((entry) => judgeExchange(entry, want).length === 0);
    if (hit) {
      matched.push(hit);
      from = entries.indexOf(hit) + 1;
      continue;
    }
    const ordinal = wanted.length > 1 ? ` (request ${index + 1} of ${wanted.length})` : '';
    if (candidates.length === 0) {
      const rest = entries.slice(from);
      const message = rest.some(isPreflight)
        ? "Only the browser's preflight (OPTIONS) reached your lab: its answer did not allow the request, so the browser never sent it."
        : entries.every(isCorsProbe)
          ? 'Nothing has reached your lab since this step began. Send the request.'
          : `${matched.length} of ${wanted.length} requests done: send the next one${ordinal}.`;
      return { passed: false, message, differences: [], ...(check.hint ? { hint: check.hint } : {}) };
    }
    // The latest of the closest: judged once each, newest first, a later one kept only when strictly closer.
    const scored = [...candidates].reverse().map((entry) => ({ entry, far: distance(entry, want) }));
    const nearest = scored.reduce((best, next) => (next.far < best.far ? next : best)).entry;
    return {
      passed: false,
      message: `Not yet${ordinal}: ${nearest.method} ${nearest.path} → ${nearest.status} is not what this step asks for.`,
      differences: judgeExchange(nearest, want),
      nearest,
      ...(check.hint ? { hint: check.hint } : {}),
    };
  }
  return { passed: true, matched, message: check.success ?? 'Well done: the server saw exactly that.' };
}
