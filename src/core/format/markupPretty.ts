/** Elements that never have a closing tag in HTML. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);
/** Elements whose content is kept exactly as received (whitespace matters or it is code). */
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style']);

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<\/?[A-Za-z][^>]*>|[^<]+|</;

/**
 * Re-indents XML or HTML by two spaces per level. It only moves line breaks and indentation
 * between tags; text content, attributes and comments stay byte for byte.
 */
export function prettyMarkup(source: string, dialect: 'xml' | 'html'): string {
  const lines: string[] = [];
  let depth = 0;
  let rest = source;
  const pad = () => '  '.repeat(Math.max(depth, 0));
  while (rest.length > 0) {
    const match = TOKEN.exec(rest);
    if (!match) break;
    const token = match[0];
    rest = rest.slice(token.length);
    if (!token.startsWith('<') || token === '<') {
      const text = token.trim();
      if (text) lines.push(pad() + text);
      continue;
    }
    const close = /^<\/([A-Za-z][\w:.-]*)/.exec(token);
    if (close) {
      depth--;
      lines.push(pad() + token);
      continue;
    }
    const open = /^<([A-Za-z][\w:.-]*)/.exec(token);
    if (!open) {
      lines.push(pad() + token); // comment, doctype, declaration, CDATA
      continue;
    }
    const name = open[1]!;
    const lower = name.toLowerCase();
    const selfClosing = token.endsWith('/>') || (dialect === 'html' && VOID.has(lower));
    if (selfClosing) {
      lines.push(pad() + token);
      continue;
    }
    if (dialect === 'html' && VERBATIM.has(lower)) {
      const endTag = new RegExp(`</${lower}\\s*>`, 'i').exec(rest);
      const inner = endTag ? rest.slice(0, endTag.index) : rest;
      const closing = endTag ? endTag[0] : '';
      rest = endTag ? rest.slice(endTag.index + closing.length) : '';
      lines.push(pad() + token + inner + closing);
      continue;
    }
    // <a>text</a> stays on one line: it reads better and keeps inline text intact.
    const inline = new RegExp(`^([^<]*)(</${name.replace(/[.]/g, '\\.')}\\s*>)`).exec(rest);
    if (inline && inline[1]!.length <= 120 && !inline[1]!.includes('\n')) {
      lines.push(pad() + token + inline[1] + inline[2]);
      rest = rest.slice(inline[0].length);
      continue;
    }
    lines.push(pad() + token);
    depth++;
  }
  return lines.join('\n');
}
