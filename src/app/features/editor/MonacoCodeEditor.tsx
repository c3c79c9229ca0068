import Editor from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import type { CodeEditorProps } from './codeEditorProps';
import { useResolvedTheme } from '../../theme/useResolvedTheme';

/** The real editor; only reached through the lazy CodeEditor so Monaco stays out of the entry chunk. */
export default function MonacoCodeEditor(props: CodeEditorProps) {
  const theme = useResolvedTheme();
  return (
    <Editor
      value={props.value}
      language={props.language}
      path={props.path}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      height={props.height ?? '100%'}
      loading={<div className="rl-editor-loading">Loading editor…</div>}
      onChange={(v) => props.onChange?.(v ?? '')}
      onValidate={(markers) =>
        props.onValidate?.(
          markers
            .filter((m) => m.severity >= monaco.MarkerSeverity.Warning)
            .map((m) => ({ line: m.startLineNumber, column: m.startColumn, message: m.message })),
        )
      }
      options={{
        readOnly: props.readOnly ?? false,
        ariaLabel: props.editorAriaLabel ?? 'Code editor',
        minimap: { enabled: false },
        automaticLayout: true,
        scrollBeyondLastLine: false,
        wordWrap: props.wordWrap ? 'on' : 'off',
        fontSize: 13,
        tabSize: 2,
        renderLineHighlight: 'none',
        fixedOverflowWidgets: true,
        placeholder: props.placeholder,
      }}
    />
  );
}
