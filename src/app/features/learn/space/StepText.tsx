import type { ReactNode } from 'react';

/**
 * The little markup a course may use: `code`, **strong** and [text](https://…). Everything else is
 * text, so a course file can't put HTML or script on the page.
 */
const TOKEN = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\((https:\/\/[^\s)]+)\)/g;

export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > at) out.push(text.slice(at, match.index));
    const [, code, strong, label, href] = match;
    const key = `${match.index}`;
    if (code !== undefined) out.push(<code key={key}>{code}</code>);
    else if (strong !== undefined) out.push(<strong key={key}>{strong}</strong>);
    else
      out.push(
        <a key={key} href={href} target="_blank" rel="noreferrer noopener">
          {label}
        </a>,
      );
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function StepText({ paragraphs }: { paragraphs: string[] }) {
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{renderInline(paragraph)}</p>
      ))}
    </>
  );
}
