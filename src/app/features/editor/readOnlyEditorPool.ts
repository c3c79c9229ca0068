import { monaco } from './monacoSetup';
import { EDITOR_LOOK } from './editorOptions';
import { whenIdleAfterStart } from '../../state/afterStartup';

type StandaloneEditor = monaco.editor.IStandaloneCodeEditor;

/**
 * Read-only editors kept for the next response. Creating a Monaco editor and disposing the last
 * one was the largest piece of script in a warm send's CPU profile (the response view is remade per exchange,
 * and the old one went away in the "Sending…" commit, before the request left). A kept editor
 * is only detached from the page and given the next body's model.
 */
const kept: { editor: StandaloneEditor; host: HTMLDivElement }[] = [];
const KEEP_AT_MOST = 2;

export interface LeasedEditor {
  editor: StandaloneEditor;
  /** The element the editor draws into; the caller puts it in the page. */
  host: HTMLDivElement;
}

export function leaseReadOnlyEditor(ariaLabel: string): LeasedEditor {
  const reused = kept.pop();
  if (reused) {
    reused.editor.updateOptions({ ariaLabel });
    return reused;
  }
  const host = document.createElement('div');
  host.className = 'rl-pooled-editor';
  const editor = monaco.editor.create(host, { ...EDITOR_LOOK, model: null, readOnly: true, ariaLabel });
  return { editor, host };
}

/** Takes the editor back: its model is dropped when the page is idle, the editor kept or disposed. */
export function releaseReadOnlyEditor(leased: LeasedEditor): void {
  const model = leased.editor.getModel();
  leased.editor.setModel(null);
  leased.host.remove();
  // Unless a view of the same body took it up again meanwhile (Pretty → Raw → Pretty).
  if (model)
    whenIdleAfterStart(() => {
      if (!model.isDisposed() && !model.isAttachedToEditor()) model.dispose();
    });
  if (kept.length < KEEP_AT_MOST) kept.push(leased);
  else leased.editor.dispose();
}

/** A model for this body: a path left from an earlier view of the same body is reused with the new text. */
export function modelFor(path: string, text: string, language: string): monaco.editor.ITextModel {
  const uri = monaco.Uri.parse(`inmemory://response/${encodeURIComponent(path)}`);
  const existing = monaco.editor.getModel(uri);
  if (existing && !existing.isDisposed()) {
    if (existing.getValue() !== text) existing.setValue(text);
    monaco.editor.setModelLanguage(existing, language);
    return existing;
  }
  return monaco.editor.createModel(text, language, uri);
}
