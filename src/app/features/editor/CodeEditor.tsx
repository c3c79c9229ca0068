import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './codeEditorProps';

const MonacoCodeEditor = lazy(() => import('./MonacoCodeEditor'));

/** Monaco behind React.lazy: its chunk is fetched the first time an editor is shown. */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<div className="rl-editor-loading">Loading editor…</div>}>
      <MonacoCodeEditor {...props} />
    </Suspense>
  );
}
