import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { explainCorsFailure } from '../../../core/http/cors';
import { CorsExplanation, HeaderHint, MethodCard, StatusCard } from './index';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('MethodCard', () => {
  it('shows the promises of a standard method', () => {
    const t = text(html(<MethodCard method="PUT" />));
    expect(t).toMatch(/Safe No/);
    expect(t).toMatch(/Idempotent Yes/);
    expect(t).toMatch(/Cacheable No/);
    expect(t).toContain('RFC 9110 §9.3.4');
  });

  it('labels the section by its heading', () => {
    const m = html(<MethodCard method="GET" />);
    const id = /aria-labelledby="([^"]+)"/.exec(m)?.[1];
    expect(id).toBeTruthy();
    expect(m).toContain(`id="${id}"`);
  });

  it('explains a custom method', () => {
    expect(text(html(<MethodCard method="PURGE" />))).toMatch(/Not standard.*exactly as typed/);
  });
});

describe('StatusCard', () => {
  it('shows code, reason, class and hints without repeating "404 Not Found" verbatim', () => {
    const m = html(<StatusCard status={404} />);
    const t = text(m);
    expect(t).toMatch(/404 · Not Found/);
    expect(t).toContain('Client error');
    expect(t).toContain('What to do');
    expect(t).not.toContain('404 Not Found');
    expect(m).toContain('var(--rl-warning)');
  });

  it('explains 418 and unregistered codes', () => {
    expect(text(html(<StatusCard status={418} />))).toMatch(/418 · \(Unused\).*Also known as .*teapot/);
    expect(text(html(<StatusCard status={499} />))).toMatch(/Unregistered.*nginx/);
  });
});

describe('HeaderHint', () => {
  it('is a focusable button described by its tooltip', () => {
    const m = html(<HeaderHint name="etag" />);
    expect(m).toMatch(/<button type="button"/);
    const id = /aria-describedby="([^"]+)"/.exec(m)?.[1];
    expect(m).toMatch(new RegExp(`role="tooltip" id="${id}"`));
    expect(text(m)).toMatch(/version tag/);
    expect(m).toContain('hidden');
  });

  it('says when only the browser may set a header', () => {
    expect(text(html(<HeaderHint name="Cookie" />))).toMatch(/set by the browser only/);
  });
});

describe('CorsExplanation', () => {
  const explanation = explainCorsFailure({
    pageOrigin: 'http://localhost:5173',
    targetUrl: 'https://api.example.com/x',
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
  });

  it('explains CORS, the preflight and the headers the server must send', () => {
    const t = text(html(<CorsExplanation explanation={explanation} />));
    expect(t).toContain('Why CORS blocked this call');
    expect(t).toContain('Preflight: needed');
    expect(t).toContain('Access-Control-Allow-Origin http://localhost:5173');
    expect(t).toContain('Access-Control-Allow-Methods PUT');
    expect(t).not.toContain('Resend through local relay');
  });

  it('offers the relay button only with a handler', () => {
    const m = html(<CorsExplanation explanation={explanation} onResendViaRelay={() => {}} />);
    expect(m).toMatch(/<button type="button"[^>]*>Resend through local relay<\/button>/);
  });
});
