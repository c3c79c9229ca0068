import { newHistory, record, redo, sync, undo, type FieldHistory } from './fieldHistory';

type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_TYPES = new Set(['text', 'search', 'url', 'email', 'password', 'tel', '']);

function textField(target: EventTarget | null): TextField | null {
  if (target instanceof HTMLTextAreaElement) return target.closest('.monaco-editor') ? null : target;
  if (target instanceof HTMLInputElement && TEXT_TYPES.has(target.type)) return target;
  return null;
}

const caretOf = (field: TextField) => field.selectionEnd ?? field.value.length;

/**
 * Undo and redo in the app's text fields, one step per run of typing, as in a plain input.
 *
 * Why not the browser's own: Chromium keeps one undo stack per page and ends a typing run whenever
 * React writes another controlled field (typing a param rewrites the URL field), so Ctrl+Z took
 * back one character at a time. Each field keeps its own history here; an undo writes the value
 * through the native setter and an `input` event, so React's onChange sees it as an edit.
 */
export function installFieldUndo(root: Document): () => void {
  const histories = new WeakMap<TextField, FieldHistory>();
  let replaying = false;

  const historyOf = (field: TextField): FieldHistory => {
    const shown = { value: field.value, caret: caretOf(field) };
    const known = histories.get(field);
    const next = known ? sync(known, shown) : newHistory(shown.value, shown.caret);
    histories.set(field, next);
    return next;
  };

  const onFocus = (event: Event) => {
    const field = textField(event.target);
    if (field) historyOf(field);
  };

  const onInput = (event: Event) => {
    const field = textField(event.target);
    if (!field || replaying || (event as InputEvent).isComposing) return;
    const known = histories.get(field) ?? newHistory('', 0);
    const typing = (event as InputEvent).inputType === 'insertText';
    histories.set(field, record(known, { value: field.value, caret: caretOf(field) }, typing, performance.now()));
  };

  const replay = (field: TextField, direction: 'undo' | 'redo'): boolean => {
    const before = historyOf(field);
    const step = direction === 'undo' ? undo(before) : redo(before);
    if (!step) return false;
    histories.set(field, step.history);
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    replaying = true;
    try {
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, step.show.value);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: direction === 'undo' ? 'historyUndo' : 'historyRedo' }));
    } finally {
      replaying = false;
    }
    const caret = Math.min(step.show.caret, field.value.length);
    field.setSelectionRange(caret, caret);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const field = textField(event.target);
    if (!field || event.isComposing || event.altKey || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    const direction = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
    if (!direction) return;
    // Always ours, even with nothing to undo: the browser's page-wide stack would reach into other fields.
    event.preventDefault();
    replay(field, direction);
  };

  const onBeforeInput = (event: Event) => {
    const field = textField(event.target);
    const type = (event as InputEvent).inputType;
    if (!field || (type !== 'historyUndo' && type !== 'historyRedo')) return;
    event.preventDefault();
    replay(field, type === 'historyUndo' ? 'undo' : 'redo');
  };

  root.addEventListener('focusin', onFocus, true);
  root.addEventListener('input', onInput, true);
  root.addEventListener('keydown', onKeyDown, true);
  root.addEventListener('beforeinput', onBeforeInput, true);
  return () => {
    root.removeEventListener('focusin', onFocus, true);
    root.removeEventListener('input', onInput, true);
    root.removeEventListener('keydown', onKeyDown, true);
    root.removeEventListener('beforeinput', onBeforeInput, true);
  };
}
