import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';

describe('description markdown', () => {
  it('reads headings, lists, code and paragraphs', () => {
    const blocks = parseMarkdown('# Title\n\nSome *text* and `code`.\n\n- one\n- **two**\n\n```\n<b>x</b>\n```');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'codeblock']);
    expect(blocks[3]).toEqual({ type: 'codeblock', text: '<b>x</b>' });
  });

  it('keeps only safe links', () => {
    expect(parseInline('[ok](https://x.test)')).toEqual([{ type: 'link', href: 'https://x.test', children: [{ type: 'text', text: 'ok' }] }]);
    expect(parseInline('[bad](javascript:alert(1))')[0]).toMatchObject({ type: 'text' });
  });

  it('keeps raw HTML as text', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
    ]);
  });
});
