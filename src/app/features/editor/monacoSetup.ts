/**
 * Monaco, bundled with the app and loaded only through a dynamic import (never from a CDN).
 * `monaco-editor/editor` is the bare API: the editor features and languages Reqlab needs
 * are registered one by one, which keeps this lazy chunk far smaller than editor.main.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/features/json/register';
// The JSON mode loads this lazily and it registers editor services and contributions. Services
// registered after the first editor exists are "UNKNOWN" to it, so load them before any editor.
import 'monaco-editor/internal/common/workers';
import 'monaco-editor/languages/definitions/xml/register';
import 'monaco-editor/languages/definitions/html/register';
import 'monaco-editor/languages/definitions/graphql/register';
// Scripts: colouring, and completion and hover for pm from Reqlab's reference (the TypeScript
// worker that would check them weighs megabytes).
import 'monaco-editor/languages/definitions/javascript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { loader } from '@monaco-editor/react';
import { registerPmScriptLanguage } from './pmScriptLanguage';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    return new EditorWorker();
  },
};

registerPmScriptLanguage(monaco);
loader.config({ monaco });

export { monaco };
