/**
 * The forgiving cookie-date parser of RFC 6265 §5.1.1 (kept by RFC 6265bis). Servers write dates
 * in many shapes ("Wed, 21 Oct 2015 07:28:00 GMT", "Wednesday, 21-Oct-15 07:28:00 GMT", …);
 * browsers pick out the time, day, month and year tokens in any order.
 */

// Every byte that is not a digit, a letter or ":" separates tokens.
const DELIMITERS = /[\t\x20-\x2F\x3B-\x40\x5B-\x60\x7B-\x7E]+/;
const TIME = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D.*)?$/;
const DAY = /^(\d{1,2})(?:\D.*)?$/;
const YEAR = /^(\d{2,4})(?:\D.*)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Milliseconds since the epoch, or null when a browser would not accept the date. */
export function parseCookieDate(text: string): number | null {
  let time: [number, number, number] | null = null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;

  for (const token of text.split(DELIMITERS)) {
    if (token === '') continue;
    const t: RegExpExecArray | null = time === null ? TIME.exec(token) : null;
    if (t) {
      time = [Number(t[1]), Number(t[2]), Number(t[3])];
      continue;
    }
    const d: RegExpExecArray | null = day === null ? DAY.exec(token) : null;
    if (d) {
      day = Number(d[1]);
      continue;
    }
    const m: number = month === null ? MONTHS.indexOf(token.slice(0, 3).toLowerCase()) : -1;
    if (m >= 0) {
      month = m;
      continue;
    }
    const y: RegExpExecArray | null = year === null ? YEAR.exec(token) : null;
    if (y) year = Number(y[1]);
  }

  if (time === null || day === null || month === null || year === null) return null;
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  const [h, min, s] = time;
  if (day < 1 || day > 31 || year < 1601 || h > 23 || min > 59 || s > 59) return null;

  const ms = Date.UTC(year, month, day, h, min, s);
  // Reject dates that do not exist (31 February) instead of letting Date roll them over.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms;
}
