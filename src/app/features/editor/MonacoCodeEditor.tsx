import { useEffect, useRef } from 'react';
import Editor from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import type { CodeEditorProps } from './codeEditorProps';
import type { VariableLookup } from '../../../core/variables';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { attachEditorVariables } from './editorVariables';

type StandaloneEditor = monaco.editor.IStandaloneCodeEditor;

/**
 * The real editor; only reached through the lazy CodeEditor so Monaco stays out of the entry chunk.
 * It is uncontrolled: the text typed here is not compared back on every keystroke (that would
 * rebuild the whole string of a big body twice per key); only a value changed from outside
 * (Format, another view) is written into the model.
 */
export default function MonacoCodeEditor(props: CodeEditorProps) {
  const theme = useResolvedTheme();
  const editorRef = useRef<StandaloneEditor | null>(null);
  const lastValue = useRef(props.value);
  const setVariables = useRef<((lookup: VariableLookup | null) => void) | null>(null);
  const wantsVariables = props.variables !== undefined;

  useEffect(() => {
    setVariables.current?.(props.variables ?? null);
  }, [props.variables]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || props.value === lastValue.current) return;
    lastValue.current = props.value;
    if (model.getValue() !== props.value) {
      // pushEditOperations keeps undo and also works on read-only editors.
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: props.value }], () => null);
    }
  }, [props.value]);

  return (
    <Editor
      defaultValue={props.value}
      language={props.language}
      path={props.path}
      theme={theme === 'dark' ? 'vs-dark' : 'vs'}
      height={props.height ?? '100%'}
      loading={<div className="rl-editor-loading">Loading editor…</div>}
      onMount={(editor) => {
        editorRef.current = editor;
        // A model kept from an earlier mount (same path) may hold older text.
        const model = editor.getModel();
        if (model && model.getValue() !== lastValue.current) model.setValue(lastValue.current);
        if (wantsVariables) {
          const set = attachEditorVariables(monaco, editor);
          setVariables.current = set;
          set(props.variables ?? null);
        }
      }}
      onChange={(v) => {
        lastValue.current = v ?? '';
        props.onChange?.(lastValue.current);
      }}
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
