import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describeHeader } from '../../../core/http/headers';
import './learn.css';

const DIRECTION: Record<string, string> = {
  request: 'Request header',
  response: 'Response header',
  both: 'Request and response header',
};

/**
 * A header name that explains itself on hover, focus or click. The explanation is always the
 * button's accessible description, so screen readers get it without opening the tooltip.
 */
export function HeaderHint({ name, children }: { name: string; children?: ReactNode }) {
  const info = describeHeader(name);
  const tipId = useId();
  const [open, setOpen] = useState(false);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <span className="rl-header-hint" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="rl-header-hint__trigger"
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
      >
        {children ?? name}
      </button>
      <span role="tooltip" id={tipId} className="rl-header-hint__tip" hidden={!open}>
        <span className="rl-header-hint__meta">
          {DIRECTION[info.direction]}
          {info.forbiddenInBrowser ? ' · set by the browser only' : ''}
          {info.deprecated ? ' · deprecated' : ''}
          {info.nonStandard ? ' · not standardised' : ''}
        </span>{' '}
        {info.summary}
        {info.details ? ` ${info.details}` : ''}
        {info.example && (
          <>
            {' '}
            Example: <code>{info.example}</code>
          </>
        )}
        {info.spec && <span className="rl-header-hint__meta"> ({info.spec.title})</span>}
      </span>
    </span>
  );
}
