import { useId } from 'react';
import { VariableInput } from './variableInput/VariableInput';

/** One labelled auth field: masked for a secret, with variable chips otherwise. */
export function AuthField(props: { label: string; value: string; onChange: (v: string) => void; secret?: boolean; placeholder?: string }) {
  const id = useId();
  // A label by id, not around the field: the field's hint and list of variables must not join its name.
  return (
    <span className="rl-field">
      <label htmlFor={id}>{props.label}</label>
      {props.secret ? (
        // Masked: chips would show where the hidden text has its {{variables}}.
        <input id={id} type="password" value={props.value} placeholder={props.placeholder} autoComplete="off" spellCheck={false} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <VariableInput id={id} value={props.value} placeholder={props.placeholder} autoComplete="off" spellCheck={false} onChange={props.onChange} />
      )}
    </span>
  );
}

