import { useId } from 'react';
import { cacheableLabel, describeMethod, requestBodyLabel, responseBodyLabel } from '../../../core/http/methods';
import type { MethodInfo } from '../../../core/model';
import { SpecLink } from './SpecLink';
import './learn.css';

const STATUS_LABEL: Record<MethodInfo['status'], string> = {
  standard: 'Standard',
  extension: 'Extension (WebDAV)',
  draft: 'Draft',
  custom: 'Not standard',
  invalid: 'Invalid',
};

function yesNo(v: boolean) {
  return v ? 'Yes' : 'No';
}

/** What a method promises: safe, idempotent, cacheable, bodies, in plain words. */
export function MethodCard({ method }: { method: string }) {
  const info = describeMethod(method);
  const headingId = useId();
  const rows: [string, string, string][] = [
    ['Safe', yesNo(info.safe), 'Read-only: it asks the server to change nothing.'],
    ['Idempotent', yesNo(info.idempotent), 'Repeating it leaves the same result as sending it once, so it is safe to retry.'],
    ['Cacheable', cacheableLabel(info.cacheable), 'A cache may store the response and reuse it.'],
    ['Request body', requestBodyLabel(info.requestBody), ''],
    ['Response body', responseBodyLabel(info.responseBody), ''],
  ];
  return (
    <section className="rl-learn-card" aria-labelledby={headingId} data-kind="method">
      <header className="rl-learn-card__head">
        <h3 id={headingId} className="rl-learn-card__title">
          <code>{info.method || '(empty)'}</code>
        </h3>
        <span className={`rl-learn-badge rl-learn-badge--${info.status}`}>{STATUS_LABEL[info.status]}</span>
      </header>
      <p className="rl-learn-card__lead">{info.promise}</p>
      <dl className="rl-learn-facts">
        {rows.map(([term, value, hint]) => (
          <div key={term} className="rl-learn-facts__row">
            <dt title={hint || undefined}>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{info.description}</p>
      {info.notes.length > 0 && (
        <ul className="rl-learn-notes">
          {info.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <SpecLink spec={info.spec} />
    </section>
  );
}
