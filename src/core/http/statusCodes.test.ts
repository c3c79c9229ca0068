import { describe, expect, it } from 'vitest';
import { describeStatus, STATUS_CODES, statusClass, statusColor } from './statusCodes';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

// The IANA HTTP Status Code Registry, written out independently of the tables under test.
const IANA_CODES = [
  ...range(100, 104),
  ...range(200, 208),
  226,
  ...range(300, 308),
  ...range(400, 418),
  ...range(421, 426),
  428,
  429,
  431,
  451,
  ...range(500, 508),
  510,
  511,
];

describe('status code registry', () => {
  it('has exactly the registered codes, in order, each once', () => {
    expect(STATUS_CODES.map((s) => s.code)).toEqual(IANA_CODES);
  });

  it('gives every registered code a reason, meaning, hints and an RFC or draft reference', () => {
    for (const s of STATUS_CODES) {
      expect(s.registered).toBe(true);
      expect(s.reason.length, String(s.code)).toBeGreaterThan(1);
      expect(s.meaning.length, String(s.code)).toBeGreaterThan(20);
      expect(s.whatToDo.length, String(s.code)).toBeGreaterThan(0);
      expect(s.spec?.title, String(s.code)).toMatch(/^(RFC \d+|Internet-Draft)/);
    }
  });

  it('uses the registry reason phrases', () => {
    const reason = (c: number) => describeStatus(c).reason;
    expect(reason(200)).toBe('OK');
    expect(reason(413)).toBe('Content Too Large');
    expect(reason(422)).toBe('Unprocessable Content');
    expect(reason(306)).toBe('(Unused)');
    expect(reason(510)).toBe('Not Extended (OBSOLETED)');
  });

  it('marks 418 as unused, keeps its nickname and explains why', () => {
    const teapot = describeStatus(418);
    expect(teapot.reason).toBe('(Unused)');
    expect(teapot.nickname).toBe("I'm a teapot");
    expect(teapot.note).toMatch(/Unused/);
    expect(teapot.spec?.title).toBe('RFC 9110 §15.5.19');
  });

  it('flags 104 as a temporary registration', () => {
    expect(describeStatus(104).note).toMatch(/Temporary/);
  });

  it('cites RFC 9110 sections for the core codes', () => {
    expect(describeStatus(404).spec?.url).toBe('https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5');
    expect(describeStatus(429).spec?.title).toBe('RFC 6585 §4');
  });
});

describe('statusClass and colour', () => {
  it.each([
    [100, 'informational', 'info'],
    [204, 'success', 'success'],
    [399, 'redirect', 'accent'],
    [404, 'client-error', 'warning'],
    [599, 'server-error', 'danger'],
  ] as const)('%i is %s (%s)', (code, cls, color) => {
    expect(statusClass(code)).toBe(cls);
    expect(statusColor(code)).toBe(color);
  });

  it('rejects codes outside 100–599 and non-integers', () => {
    for (const c of [0, 99, 600, 1000, 200.5, Number.NaN]) expect(statusClass(c)).toBeNull();
    expect(statusColor(42)).toBe('muted');
  });
});

describe('describeStatus for unregistered codes', () => {
  it('explains them by class and says they are unregistered', () => {
    const s = describeStatus(299);
    expect(s.registered).toBe(false);
    expect(s.statusClass).toBe('success');
    expect(s.meaning).toContain('299 is not in the IANA registry');
  });

  it('adds a hint for well-known non-standard codes', () => {
    expect(describeStatus(499).note).toMatch(/nginx/);
    expect(describeStatus(522).note).toMatch(/Cloudflare/);
    expect(describeStatus(419).registered).toBe(false);
    expect(describeStatus(455).note).toBeUndefined();
  });

  it('marks out-of-range codes as invalid', () => {
    const s = describeStatus(700);
    expect(s.invalid).toBe(true);
    expect(s.statusClass).toBeNull();
  });
});
