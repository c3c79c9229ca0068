export type FormatResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Pretty-prints JSON with 2 spaces. `{{variables}}` standing where a value goes are kept:
 * they are swapped for unique strings while parsing, then put back unquoted.
 */
export function formatJson(text: string): FormatResult {
  const holes: string[] = [];
  const nonce = Math.random().toString(36).slice(2, 8);
  const marked = text.replace(/\{\{[^{}]*\}\}/g, (m, offset: number) => {
    // Inside a string the variable is just text: leave it.
    const before = text.slice(0, offset);
    const quotes = (before.match(/(?<!\\)"/g) ?? []).length;
    if (quotes % 2 === 1) return m;
    holes.push(m);
    return `"@@rl${nonce}:${holes.length - 1}@@"`;
  });
  try {
    const pretty = JSON.stringify(JSON.parse(marked), null, 2);
    const back = new RegExp(`"@@rl${nonce}:(\\d+)@@"`, 'g');
    return { ok: true, text: pretty.replace(back, (_, i: string) => holes[Number(i)]!) };
  } catch (e) {
    return { ok: false, message: `Cannot format: ${(e as Error).message}` };
  }
}
