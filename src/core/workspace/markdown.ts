/**
 * A tiny Markdown reader for descriptions: headings, paragraphs, lists, code blocks, and inline
 * code, bold, italic and links. It yields a tree of plain text nodes; the UI renders it with
 * elements, never as HTML, so a description can't inject markup or scripts.
 */
export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'em'; children: MdInline[] }
  | { type: 'link'; href: string; children: MdInline[] };

export type MdBlock =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: MdInline[] }
  | { type: 'paragraph'; children: MdInline[] }
  | { type: 'list'; ordered: boolean; items: MdInline[][] }
  | { type: 'codeblock'; text: string }
  | { type: 'quote'; children: MdInline[] };

/** Only http(s) and mailto links are kept; `javascript:` and friends become plain text. */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : null;
}

export function parseInline(text: string): MdInline[] {
  const out: MdInline[] = [];
  const pattern = /`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)/;
  let rest = text;
  while (rest.length > 0) {
    const m = pattern.exec(rest);
    if (!m) {
      out.push({ type: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ type: 'text', text: rest.slice(0, m.index) });
    if (m[1] !== undefined) out.push({ type: 'code', text: m[1] });
    else if (m[2] !== undefined || m[3] !== undefined) out.push({ type: 'strong', children: parseInline((m[2] ?? m[3]) as string) });
    else if (m[4] !== undefined || m[5] !== undefined) out.push({ type: 'em', children: parseInline((m[4] ?? m[5]) as string) });
    else if (m[6] !== undefined) {
      const href = safeHref(m[7] as string);
      if (href) out.push({ type: 'link', href, children: parseInline(m[6]) });
      else out.push({ type: 'text', text: m[0] });
    }
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MdBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^```/.test(line)) {
      flush();
      const code: string[] = [];
      i += 1;
      while (i < lines.length && !/^```/.test(lines[i] as string)) code.push(lines[i++] as string);
      blocks.push({ type: 'codeblock', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] as string).length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2] as string) });
      continue;
    }
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const ordered = /\d/.test(item[1] as string);
      const last = blocks[blocks.length - 1];
      const inline = parseInline(item[2] as string);
      if (last && last.type === 'list' && last.ordered === ordered) last.items.push(inline);
      else blocks.push({ type: 'list', ordered, items: [inline] });
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      flush();
      blocks.push({ type: 'quote', children: parseInline(quote[1] as string) });
      continue;
    }
    if (line.trim() === '') flush();
    else paragraph.push(line.trim());
  }
  flush();
  return blocks;
}
