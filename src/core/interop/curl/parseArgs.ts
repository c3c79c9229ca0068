import { SHORT, expandLong, takesArg } from './options';

export interface CurlOption {
  /** Long name without dashes (`data-raw`), or `url` for positional words. */
  name: string;
  /** As written, for messages (`-d`, `--data-raw`). */
  flag: string;
  value: string | null;
  /** `--no-compressed` and friends. */
  negated: boolean;
}

/** Turns curl's words (after `curl`) into options, expanding `-sSL` and `-XPOST` as curl does. */
export function parseArgs(words: string[]): { options: CurlOption[]; missingValue: string[] } {
  const options: CurlOption[] = [];
  const missingValue: string[] = [];
  let i = 0;
  let endOfOptions = false;
  const next = (flag: string): string | null => {
    if (i < words.length) return words[i++]!;
    missingValue.push(flag);
    return null;
  };
  while (i < words.length) {
    const w = words[i++]!;
    if (endOfOptions || !w.startsWith('-') || w === '-') {
      options.push({ name: 'url', flag: 'URL', value: w, negated: false });
      continue;
    }
    if (w === '--') { endOfOptions = true; continue; }
    if (w.startsWith('--')) {
      let name = expandLong(w.slice(2));
      let negated = false;
      if (name.startsWith('no-') && !takesArg(name)) { negated = true; name = expandLong(name.slice(3)); }
      const value = takesArg(name) ? next(w) : null;
      if (takesArg(name) && value === null) continue;
      options.push({ name, flag: w, value, negated });
      continue;
    }
    for (let j = 1; j < w.length; j++) {
      const ch = w[j]!;
      const name = SHORT[ch] ?? `-${ch}`;
      if (takesArg(name)) {
        const rest = w.slice(j + 1);
        const value = rest !== '' ? rest : next(`-${ch}`);
        if (value !== null) options.push({ name, flag: `-${ch}`, value, negated: false });
        break;
      }
      options.push({ name, flag: `-${ch}`, value: null, negated: false });
    }
  }
  return { options, missingValue };
}
