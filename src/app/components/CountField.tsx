import { useState } from 'react';

export function parseCount(text: string, max: number): number | null {
  if (text.trim() === '') return null;
  const n = Math.floor(Number(text));
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : null;
}

/**
 * A whole number typed as text: what the person types stays as typed (an emptied field stays
 * empty instead of snapping to 0 under the caret); the model gets each valid number at once,
 * and the field shows the stored number again when it loses focus.
 */
export function CountField(props: { value: number; max: number; onChange: (n: number) => void; disabled?: boolean; describedBy?: string }) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(props.value);
  return (
    <input
      type="text"
      inputMode="numeric"
      value={shown}
      disabled={props.disabled}
      autoComplete="off"
      aria-describedby={props.describedBy}
      aria-invalid={text !== null && parseCount(text, props.max) === null ? true : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseCount(e.target.value, props.max);
        if (n !== null && n !== props.value) props.onChange(n);
      }}
      onBlur={() => {
        if (text !== null && text.trim() === '' && props.value !== 0) props.onChange(0);
        setText(null);
      }}
    />
  );
}
