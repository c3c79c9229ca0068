import { useId, type CSSProperties } from 'react';
import { describeStatus, statusClassLabel } from '../../../core/http/statusCodes';
import { SpecLink } from './SpecLink';
import './learn.css';

/** The meaning of a status code and what the client can do about it. */
export function StatusCard({ status }: { status: number }) {
  const info = describeStatus(status);
  const headingId = useId();
  const classLabel = info.statusClass ? statusClassLabel(info.statusClass) : 'Invalid';
  return (
    <section
      className="rl-learn-card"
      aria-labelledby={headingId}
      data-kind="status"
      style={{ '--rl-learn-tone': `var(--rl-${info.color})` } as CSSProperties}
    >
      <header className="rl-learn-card__head">
        {/* Code and reason are kept apart ("404 · Not Found") so this card never duplicates the status line's text. */}
        <h3 id={headingId} className="rl-learn-card__title">
          <span className="rl-learn-code">{info.code}</span> · {info.reason}
        </h3>
        <span className="rl-learn-badge rl-learn-badge--tone">{classLabel}</span>
        {!info.registered && !info.invalid && <span className="rl-learn-badge">Unregistered</span>}
        {info.deprecated && <span className="rl-learn-badge">Deprecated</span>}
      </header>
      {info.nickname && <p className="rl-learn-muted">Also known as “{info.nickname}”.</p>}
      <p className="rl-learn-card__lead">{info.meaning}</p>
      {info.note && <p className="rl-learn-note">{info.note}</p>}
      <h4 className="rl-learn-subhead">What to do</h4>
      <ul className="rl-learn-notes">
        {info.whatToDo.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <SpecLink spec={info.spec} />
    </section>
  );
}
