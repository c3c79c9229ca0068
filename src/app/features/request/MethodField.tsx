import { useEffect, useState } from 'react';

const STANDARD_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
/** RFC 9110 `token`: what a method name may contain. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function methodError(method: string): string | null {
  if (method.trim() === '') return 'Enter a method, for example GET.';
  if (!TOKEN.test(method.trim())) return 'A method is one word of letters, digits or !#$%&\'*+-.^_`|~ (no spaces).';
  return null;
}

export function MethodField({ value, onChange }: { value: string; onChange: (method: string) => void }) {
  // Typing is local; the model gets the uppercased token on blur, so "pro" does not become "PRO" mid-word.
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const error = methodError(draft);
  return (
    <span className="rl-method">
      <input
        role="combobox"
        aria-label="Method"
        list="rl-methods"
        value={draft}
        size={8}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'rl-method-error' : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          // A choice from the datalist should apply at once.
          if (STANDARD_METHODS.includes(e.target.value)) onChange(e.target.value);
        }}
        onBlur={() => {
          const next = draft.trim().toUpperCase();
          setDraft(next);
          if (next !== value) onChange(next);
        }}
      />
      <datalist id="rl-methods">
        {STANDARD_METHODS.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      {error && (
        <span id="rl-method-error" className="rl-error-text rl-field-error">
          {error}
        </span>
      )}
    </span>
  );
}
