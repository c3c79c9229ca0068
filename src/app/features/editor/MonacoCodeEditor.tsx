import { useEffect, useRef } from 'react';
import Editor from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import type { CodeEditorProps } from './codeEditorProps';
import type { VariableLookup } from '../../../core/variables';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { attachEditorVariables } from './editorVariables';
import { EDITOR_LOOK } from './editorOptions';

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
  // What this editor has said since the owner's value last caught up: a state kept with useState
  // re-renders after the next key, so the value it passes back can be one that is already old.
  const inFlight = useRef<string[]>([]);
  const setVariables = useRef<((lookup: VariableLookup | null) => void) | null>(null);
  const wantsVariables = props.variables !== undefined;

  useEffect(() => {
    setVariables.current?.(props.variables ?? null);
  }, [props.variables]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    if (props.value === lastValue.current) {
      inFlight.current = [];
      return;
    }
    // An echo of something typed here, not a change from outside: writing it back would undo keys.
    // Echoes come back in order (some skipped when React batches), so the values said before
    // this one will not come back; the first match is safe when a value was said twice.
    const echo = inFlight.current.indexOf(props.value);
    if (echo >= 0) {
      inFlight.current = inFlight.current.slice(echo + 1);
      return;
    }
    inFlight.current = [];
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
        // However far the owner lags (a loaded machine lagged more than 8 keys, and the old
        // value written back lost keys), but never more than about 8 M characters of copies.
        const said = [...inFlight.current, lastValue.current];
        let size = said.reduce((n, text) => n + text.length, 0);
        while (said.length > 8 && size > 8_000_000) size -= said.shift()!.length;
        inFlight.current = said;
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
        ...EDITOR_LOOK,
        readOnly: props.readOnly ?? false,
        ariaLabel: props.editorAriaLabel ?? 'Code editor',
        wordWrap: props.wordWrap ? 'on' : 'off',
        placeholder: props.placeholder,
      }}
    />
  );
}
