import { useState, type KeyboardEvent } from 'react';
import { applyCompletion, completionContext, completionOptions, type CompletionContext, type VariableEntry, type VariableLookup } from '../../../core/variables';

interface Open {
  context: CompletionContext;
  options: VariableEntry[];
  active: number;
}

/**
 * Completion of `{{` with the variables in scope: ↑/↓ move, Enter or Tab take the option, Esc
 * closes. The field stays a text box; the list is tied to it by aria-controls and
 * aria-activedescendant.
 */
export function useVariableCompletion(lookup: VariableLookup | null, onChoose: (text: string, caret: number) => void) {
  const [open, setOpen] = useState<Open | null>(null);

  /** After each edit or caret move: open, follow or close the list. */
  const follow = (text: string, caret: number | null) => {
    const context = lookup && caret !== null ? completionContext(text, caret) : null;
    const options = context && lookup ? completionOptions(lookup, context.prefix) : [];
    if (!context || options.length === 0) {
      if (open) setOpen(null);
      return;
    }
    setOpen({ context, options, active: open && open.context.from === context.from ? Math.min(open.active, options.length - 1) : 0 });
  };

  const choose = (text: string, index: number) => {
    if (!open) return;
    const option = open.options[index];
    setOpen(null);
    if (!option) return;
    const next = applyCompletion(text, open.context, option.name);
    onChoose(next.text, next.caret);
  };

  /** Returns true when the key was the list's. */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, text: string): boolean => {
    if (!open) return false;
    const count = open.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const by = event.key === 'ArrowDown' ? 1 : -1;
      setOpen({ ...open, active: (open.active + by + count) % count });
    } else if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
      choose(text, open.active);
    } else if (event.key === 'Escape') {
      setOpen(null);
    } else return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  return { open, follow, choose, onKeyDown, close: () => setOpen(null) };
}
