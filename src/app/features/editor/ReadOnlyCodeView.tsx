import { lazy, Suspense } from 'react';
import type { ReadOnlyCodeViewProps } from './codeEditorProps';

const PooledReadOnlyEditor = lazy(() => import('./PooledReadOnlyEditor'));

/** A read-only Monaco view (a response body) behind React.lazy, like CodeEditor. */
export function ReadOnlyCodeView(props: ReadOnlyCodeViewProps) {
  return (
    <Suspense fallback={null}>
      <PooledReadOnlyEditor {...props} />
    </Suspense>
  );
}
