// A second public entry of the editor feature, imported lazily: the snippets and the script
// editor load only when a Scripts tab or a collection's scripts are opened.
export { ScriptEventsEditor, type ScriptEventsEditorProps } from './ScriptEventsEditor';
