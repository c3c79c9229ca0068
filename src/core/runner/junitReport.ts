import type { RunResult } from './runCollection';

/** Escaped for an attribute; control characters XML 1.0 can't carry are left out. */
const xml = (s: string) =>
  [...s]
    .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
    .join('')
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JUnit XML as CI servers read it: a test suite per request sent, a test case per test (newman's shape). */
export function junitReport(collectionName: string, result: RunResult): string {
  const suites = result.executions.map((e) => {
    const time = ((e.response?.timing.total ?? 0) / 1000).toFixed(3);
    const cases = e.tests.map((t) => {
      const inner = t.skipped ? '<skipped/>' : t.passed ? '' : `<failure type="AssertionFailure" message="${xml(t.error ?? 'failed')}"><![CDATA[${(t.error ?? '').replace(/]]>/g, ']]]]><![CDATA[>')}]]></failure>`;
      return `    <testcase name="${xml(t.name)}" classname="${xml(e.path)}" time="${time}">${inner}</testcase>`;
    });
    const errors = [...(e.error ? [e.error.message] : []), ...e.failures.map((f) => f.message)];
    const failures = e.tests.filter((t) => !t.passed && !t.skipped).length;
    const skipped = e.tests.filter((t) => t.skipped).length;
    const errorCases = errors.map((m) => `    <testcase name="${xml(e.name)}" classname="${xml(e.path)}" time="${time}"><error message="${xml(m)}"/></testcase>`);
    return `  <testsuite name="${xml(e.path)}" id="${e.iteration}" tests="${e.tests.length + errors.length}" failures="${failures}" errors="${errors.length}" skipped="${skipped}" time="${time}">\n${[...cases, ...errorCases].join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(collectionName)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
