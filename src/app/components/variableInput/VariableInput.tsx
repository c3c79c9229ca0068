import { useContext, useId, useLayoutEffect, useMemo, useRef, useState, type InputHTMLAttributes, type MouseEvent } from 'react';
import { tokenizeVariables, type TextSegment, type VariableLookup } from '../../../core/variables';
import { sourceLabel, variableHint } from './variableHint';
import { useVariableCompletion } from './useVariableCompletion';
import { VariableLookupContext } from './variableLookupContext';
import './variableInput.css';

type VariableSegment = Extract<TextSegment, { kind: 'variable' }>;

export type VariableInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  /** The variables in scope (by default those of the request being edited); null while they are read. */
  lookup?: VariableLookup | null;
};

/**
 * A text field that draws each `{{name}}` as a chip behind the text (resolved: solid; unresolved:
 * dashed and red; so colour is not the only sign), says what one stands for when the pointer is
 * over it or the caret is in it, and completes `{{` with the variables in scope.
 */
export function VariableInput({ value, onChange, lookup: given, className, ...inputProps }: VariableInputProps) {
  const inScope = useContext(VariableLookupContext);
  const lookup = given === undefined ? inScope : given;
  const input = useRef<HTMLInputElement>(null);
  const backdrop = useRef<HTMLSpanElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const hintId = useId();
  const listId = useId();
  const segments = useMemo(() => (value.includes('{{') ? tokenizeVariables(value, lookup ?? undefined) : []), [value, lookup]);
  const variables = segments.filter((s): s is VariableSegment => s.kind === 'variable');
  const completion = useVariableCompletion(lookup, (text, at) => {
    pendingCaret.current = at;
    setCaret(at);
    onChange(text);
  });

  useLayoutEffect(() => {
    const field = input.current;
    if (field && pendingCaret.current !== null) {
      field.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
    if (field && backdrop.current) backdrop.current.scrollLeft = field.scrollLeft;
  });

  const syncCaret = () => {
    const field = input.current;
    if (!field) return;
    if (backdrop.current) backdrop.current.scrollLeft = field.scrollLeft;
    const at = field.selectionStart === field.selectionEnd ? field.selectionStart : null;
    setCaret(at);
    return at;
  };
  const onMouseMove = (event: MouseEvent<HTMLInputElement>) => {
    const marks = backdrop.current?.querySelectorAll<HTMLElement>('mark') ?? [];
    let found: number | null = null;
    marks.forEach((mark, i) => {
      const r = mark.getBoundingClientRect();
      if (event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom) found = i;
    });
    if (found !== hovered) setHovered(found);
  };

  const atCaret = caret === null ? null : variables.find((v) => v.start < caret && caret < v.end);
  const shown = (hovered !== null ? variables[hovered] : undefined) ?? atCaret ?? null;
  const hint = shown ? variableHint(shown) : null;
  const open = completion.open;
  const describedBy = [inputProps['aria-describedby'], hint && shown === atCaret ? hintId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <span className={`rl-varinput${className ? ` ${className}` : ''}`}>
      {variables.length > 0 && (
        <span ref={backdrop} className="rl-varinput-backdrop" aria-hidden="true">
          <span className="rl-varinput-text">
            {segments.map((s) =>
              s.kind === 'text' ? (
                s.text
              ) : (
                <mark key={s.start} className={`rl-var rl-var-${s.status}`}>
                  {s.text}
                </mark>
              ),
            )}
          </span>
        </span>
      )}
      <input
        {...inputProps}
        ref={input}
        value={value}
        aria-describedby={describedBy}
        aria-autocomplete={lookup ? 'list' : undefined}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${open.active}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          completion.follow(e.target.value, e.target.selectionStart);
          setCaret(e.target.selectionStart);
        }}
        onSelect={() => {
          const at = syncCaret();
          if (open && at !== undefined && (at === null || at < open.context.from || at > open.context.to)) completion.close();
        }}
        onScroll={() => syncCaret()}
        onKeyDown={(e) => {
          if (!completion.onKeyDown(e, value)) inputProps.onKeyDown?.(e);
        }}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHovered(null)}
        onBlur={(e) => {
          completion.close();
          setCaret(null);
          inputProps.onBlur?.(e);
        }}
      />
      {hint && (
        <span id={hintId} role="tooltip" className="rl-var-hint rl-popover">
          {hint}
        </span>
      )}
      {open && (
        <ul id={listId} role="listbox" aria-label="Variables in scope" className="rl-var-options">
          {open.options.map((option, i) => (
            <li
              key={option.name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === open.active}
              onMouseDown={(e) => {
                // Keep focus in the field.
                e.preventDefault();
                completion.choose(value, i);
              }}
            >
              <span className="rl-var-option-name">{option.name}</span>
              <span className="rl-var-option-value">{option.secret ? '••••••' : option.value}</span>
              <span className="rl-var-option-source">{sourceLabel(option.source, option.level)}</span>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
