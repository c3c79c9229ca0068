export { CodeEditor } from './CodeEditor';
export type { CodeEditorProps, CodeLanguage, EditorMarker } from './codeEditorProps';
