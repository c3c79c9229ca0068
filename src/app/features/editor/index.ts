export { CodeEditor } from './CodeEditor';
export type { CodeEditorProps, CodeLanguage, EditorMarker, ReadOnlyCodeViewProps } from './codeEditorProps';
export { ReadOnlyCodeView } from './ReadOnlyCodeView';
