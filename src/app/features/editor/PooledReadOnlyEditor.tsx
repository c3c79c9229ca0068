import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { monaco } from './monacoSetup';
import type { ReadOnlyCodeViewProps } from './codeEditorProps';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { afterNextPaint } from '../../state/afterNextPaint';
import { leaseReadOnlyEditor, modelFor, releaseReadOnlyEditor, type LeasedEditor } from './readOnlyEditorPool';

/**
 * A read-only Monaco view taken from the pool of kept editors; only reached through the lazy
 * ReadOnlyCodeView. The editor is taken, given its model and put in the page after the next
 * paint, and given back after the paint that removed it: the status and the plain text under
 * it (the caller's fallback) are painted first, and a send never waits for Monaco.
 */
export default function PooledReadOnlyEditor(props: ReadOnlyCodeViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const [leased, setLeased] = useState<LeasedEditor | null>(null);
  const theme = useResolvedTheme();
  const { text, language, path, editorAriaLabel } = props;

  useEffect(() => {
    let cancelled = false;
    let taken: LeasedEditor | null = null;
    afterNextPaint(() => {
      const host = box.current;
      if (cancelled || !host) return;
      taken = leaseReadOnlyEditor(editorAriaLabel);
      showModel(taken.editor, latest.current);
      host.appendChild(taken.host);
      setLeased(taken);
    });
    return () => {
      cancelled = true;
      const given = taken;
      if (given) afterNextPaint(() => releaseReadOnlyEditor(given));
    };
  }, [editorAriaLabel]);

  useLayoutEffect(() => {
    if (leased) showModel(leased.editor, { text, language, path });
  }, [leased, text, language, path]);

  useEffect(() => {
    // Monaco has one theme for all its editors, as @monaco-editor/react also sets it.
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  return <div className="rl-pooled-editor-box" ref={box} />;
}

function showModel(editor: monaco.editor.IStandaloneCodeEditor, { text, language, path }: Pick<ReadOnlyCodeViewProps, 'text' | 'language' | 'path'>) {
  const model = modelFor(path, text, language);
  if (editor.getModel() === model) return;
  editor.setModel(model);
  editor.setScrollTop(0);
}
