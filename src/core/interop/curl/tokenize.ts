import { ImportError } from '../importError';

/**
 * Splits a shell command line into words the way bash does for the quoting people paste:
 * '…', "…", $'…' (ANSI-C escapes), backslash escapes and line continuations. Variables are
 * kept literally ($HOME stays "$HOME"): we never expand anything from an environment.
 * shell-quote's parser does not handle $'…' or continuations, so this is our own.
 * Stops at the end of the first command (newline, `;`, `|`, `&&`).
 */
const ANSI: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

function ansiC(text: string, start: number): { value: string; end: number } {
  let out = '';
  let i = start;
  while (i < text.length && text[i] !== "'") {
    const c = text[i]!;
    if (c !== '\\') { out += c; i++; continue; }
    const n = text[i + 1] ?? '';
    if (ANSI[n] !== undefined) { out += ANSI[n]; i += 2; continue; }
    const hex = n === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2)) : null;
    const uni = n === 'u' || n === 'U' ? /^[0-9a-fA-F]{1,8}/.exec(text.slice(i + 2, i + 2 + (n === 'u' ? 4 : 8))) : null;
    const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1));
    if (hex) { out += String.fromCharCode(parseInt(hex[0], 16)); i += 2 + hex[0].length; }
    else if (uni) {
      const code = parseInt(uni[0], 16);
      if (code > 0x10ffff) throw new ImportError(`$'…' holds \\${n}${uni[0]}, which is past the last Unicode character (10FFFF)`);
      out += String.fromCodePoint(code);
      i += 2 + uni[0].length;
    }
    else if (oct) { out += String.fromCharCode(parseInt(oct[0], 8)); i += 1 + oct[0].length; }
    else { out += `\\${n}`; i += 2; }
  }
  return { value: out, end: i + 1 };
}

export interface Tokens {
  words: string[];
  /** Shell syntax that was dropped (redirections, later commands). */
  ignored: string[];
}

export function tokenize(input: string): Tokens {
  const text = input.replace(/\\\r?\n/g, '').replace(/\^\r?\n/g, '');
  const words: string[] = [];
  const ignored: string[] = [];
  let word: string | null = null;
  let i = 0;
  const flush = () => { if (word !== null) words.push(word); word = null; };
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') { flush(); i++; continue; }
    if (c === '\n' || c === '\r' || c === ';' || c === '|' || (c === '&' && text[i + 1] === '&')) {
      flush();
      if (words.length > 0) { const rest = text.slice(i).trim(); if (rest.replace(/^[;|&\s]+/, '')) ignored.push(rest.slice(0, 60)); break; }
      i++;
      continue;
    }
    if (c === '#' && word === null) { while (i < text.length && text[i] !== '\n') i++; continue; }
    if ((c === '>' || c === '<') && word === null) {
      const m = /^[<>]+\s*(\S+)?/.exec(text.slice(i))!;
      ignored.push(m[0]);
      i += m[0].length;
      continue;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      const stop = end < 0 ? text.length : end;
      word = (word ?? '') + text.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (c === '$' && text[i + 1] === "'") {
      const r = ansiC(text, i + 2);
      word = (word ?? '') + r.value;
      i = r.end;
      continue;
    }
    if (c === '"' || (c === '$' && text[i + 1] === '"')) {
      i += c === '$' ? 2 : 1;
      let out = '';
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && '$`"\\'.includes(text[i + 1] ?? '')) { out += text[i + 1]; i += 2; continue; }
        out += text[i];
        i++;
      }
      word = (word ?? '') + out;
      i++;
      continue;
    }
    if (c === '\\') { word = (word ?? '') + (text[i + 1] ?? ''); i += 2; continue; }
    word = (word ?? '') + c;
    i++;
  }
  flush();
  return { words, ignored };
}
