import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import ChevronDown from 'lucide-react/icons/chevron-down';
import { methodChoices, methodError } from './methodError';
import { MethodBadge } from '../../components/MethodBadge';

/**
 * The method: an editable combobox after the WAI-ARIA APG pattern (list autocomplete), so the
 * standard methods are a dropdown and any RFC 9110 token can still be typed. Hand-written on
 * purpose: react-aria-components' ComboBox is 65.8 kB gzip and downshift's useCombobox 13.8 kB,
 * for the one field on the first screen (measured with esbuild, README "Libraries").
 */
export function MethodField({ value, onChange }: { value: string; onChange: (method: string) => void }) {
  // Typing is local; the model gets the uppercased token on blur, so "pro" does not become "PRO" mid-word.
  const [draft, setDraft] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => setDraft(value), [value]);
  const id = useId();
  const listId = `${id}-methods`;
  const error = methodError(draft);
  const choices = methodChoices(draft);
  const commit = (method: string) => {
    const next = method.trim().toUpperCase();
    setDraft(next);
    setOpen(false);
    setActive(-1);
    if (next !== value) onChange(next);
  };
  const show = (index: number) => {
    setOpen(true);
    setActive(index);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = choices.length - 1;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open || event.altKey) show(open ? active : choices.indexOf(draft.toUpperCase()));
      else setActive(active >= last ? 0 : active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) show(last);
      else setActive(active <= 0 ? last : active - 1);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      commit(choices[active] ?? draft);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };
  const expanded = open && choices.length > 0;
  return (
    <span className="rl-method">
      <span className="rl-method-box">
        <input
          role="combobox"
          aria-label="Method"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          value={draft}
          size={8}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'rl-method-error' : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            show(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => commit(draft)}
        />
        <button
          type="button"
          className="rl-method-toggle"
          tabIndex={-1}
          aria-label="Show the methods"
          aria-expanded={expanded}
          aria-controls={listId}
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => {
            (e.currentTarget.previousElementSibling as HTMLInputElement | null)?.focus();
            if (open) setOpen(false);
            else show(choices.indexOf(draft.toUpperCase()));
          }}
        >
          <ChevronDown size={14} aria-hidden="true" />
        </button>
      </span>
      <ul id={listId} role="listbox" aria-label="Methods" className="rl-method-list" hidden={!expanded}>
        {choices.map((m, i) => (
          <li
            key={m}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => commit(m)}
          >
            <MethodBadge method={m} />
          </li>
        ))}
      </ul>
      {error && (
        <span id="rl-method-error" className="rl-error-text rl-field-error">
          {error}
        </span>
      )}
    </span>
  );
}
