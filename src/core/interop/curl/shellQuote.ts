/**
 * Quotes a word for bash: bare when it is safe, else in single quotes; text with control
 * characters uses $'…' so that newlines and tabs survive a paste.
 */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_\-+=/.,:@%^]+$/.test(word)) return word;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what needs $'…'
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(word)) {
    // eslint-disable-next-line no-control-regex -- see above
    const body = word.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\x00-\x1f\x7f]/g, (c) => {
      const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
      return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
    return `$'${body}'`;
  }
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
