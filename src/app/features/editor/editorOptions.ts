import type { monaco } from './monacoSetup';

/** How every Reqlab editor looks and sizes itself, the request's editors and the kept response ones alike. */
export const EDITOR_LOOK: monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  automaticLayout: true,
  scrollBeyondLastLine: false,
  fontSize: 13,
  tabSize: 2,
  renderLineHighlight: 'none',
  fixedOverflowWidgets: true,
};
