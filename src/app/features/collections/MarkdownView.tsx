import type { ReactNode } from 'react';
import { parseMarkdown, type MdInline } from '../../../core/workspace';

function inline(nodes: MdInline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text':
        return n.text;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'strong':
        return <strong key={i}>{inline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(n.children)}</em>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer nofollow">
            {inline(n.children)}
          </a>
        );
    }
  });
}

/** Renders a description's Markdown as React elements only: raw HTML stays text. */
export function MarkdownView(props: { source: string; label?: string }) {
  const blocks = parseMarkdown(props.source);
  return (
    <div className="rl-markdown" aria-label={props.label}>
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'heading': {
            const Tag = `h${Math.min(6, b.level + 2)}` as 'h3';
            return <Tag key={i}>{inline(b.children)}</Tag>;
          }
          case 'paragraph':
            return <p key={i}>{inline(b.children)}</p>;
          case 'quote':
            return <blockquote key={i}>{inline(b.children)}</blockquote>;
          case 'codeblock':
            return (
              <pre key={i}>
                <code>{b.text}</code>
              </pre>
            );
          case 'list': {
            const items = b.items.map((item, j) => <li key={j}>{inline(item)}</li>);
            return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
        }
      })}
    </div>
  );
}
