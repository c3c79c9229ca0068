import { useId } from 'react';

/** A labelled multi-line field with a hint under it (keys, JSON), for the Auth tab's forms. */
export function TextAreaField(props: { label: string; value: string; onChange: (v: string) => void; rows: number; placeholder?: string; hint: string }) {
  const id = useId();
  return (
    <span className="rl-field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={props.rows}
        spellCheck={false}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <small id={`${id}-hint`} className="rl-note">
        {props.hint}
      </small>
    </span>
  );
}
