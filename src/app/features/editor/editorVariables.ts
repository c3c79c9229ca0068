import type { VariableLookup } from '../../../core/variables';
import { completionContext, completionOptions, tokenizeVariables } from '../../../core/variables';
import { sourceLabel, variableHint } from '../../components/variableInput/variableHint';
import type { monaco as Monaco } from './monacoSetup';

type MonacoApi = typeof Monaco;
type Editor = Monaco.editor.IStandaloneCodeEditor;

/** A body bigger than this is not scanned for chips at each edit (the first part still is). */
const SCAN_LIMIT = 512 * 1024;

/** Each model's variables in scope, for the one completion provider per language. */
const lookups = new Map<string, VariableLookup | null>();
let registered = false;
/** Every language a body can be in: a body's mode can change under the same editor. */
const LANGUAGES = ['json', 'plaintext', 'xml', 'html', 'graphql'];

function registerCompletion(monaco: MonacoApi) {
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider(LANGUAGES, {
    triggerCharacters: ['{'],
    provideCompletionItems(model, position) {
      const lookup = lookups.get(model.uri.toString());
      if (!lookup) return { suggestions: [] };
      const line = model.getLineContent(position.lineNumber);
      const context = completionContext(line, position.column - 1);
      if (!context) return { suggestions: [] };
      const closed = line.slice(context.to).startsWith('}}');
      // A `}}` already there (typed, or closed by the editor) is taken into the range, so the caret lands after it.
      const range = new monaco.Range(position.lineNumber, context.from + 1, position.lineNumber, position.column + (closed ? 2 : 0));
      return {
        suggestions: completionOptions(lookup, context.prefix).map((entry) => ({
          label: entry.name,
          kind: monaco.languages.CompletionItemKind.Variable,
          detail: `from ${sourceLabel(entry.source, entry.level)}`,
          documentation: entry.secret ? 'A secret (value hidden)' : entry.value,
          insertText: `${entry.name}}}`,
          range,
        })),
      };
    },
  });
}

/**
 * Draws `{{name}}` in the editor as the URL field does (solid when it has a value, dashed when
 * not), with the same sentence on hover, and completes `{{` from the variables in scope.
 * Returns a function that takes the newest lookup.
 */
export function attachEditorVariables(monaco: MonacoApi, editor: Editor): (lookup: VariableLookup | null) => void {
  registerCompletion(monaco);
  const decorations = editor.createDecorationsCollection();
  let lookup: VariableLookup | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const draw = () => {
    const model = editor.getModel();
    if (!model) return;
    lookups.set(model.uri.toString(), lookup);
    const text = model.getValueLength() > SCAN_LIMIT ? model.getValue().slice(0, SCAN_LIMIT) : model.getValue();
    if (!text.includes('{{')) {
      decorations.clear();
      return;
    }
    const segments = tokenizeVariables(text, lookup ?? undefined);
    decorations.set(
      segments.flatMap((s) => {
        if (s.kind !== 'variable') return [];
        const start = model.getPositionAt(s.start);
        const end = model.getPositionAt(s.end);
        const hint = variableHint(s);
        return [
          {
            range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
            options: { inlineClassName: `rl-mvar-${s.status}`, ...(hint ? { hoverMessage: { value: hint.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&') } } : {}) },
          },
        ];
      }),
    );
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(draw, 120);
  };
  const changes = editor.onDidChangeModelContent(later);
  const swaps = editor.onDidChangeModel(draw);
  editor.onDidDispose(() => {
    changes.dispose();
    swaps.dispose();
    if (timer) clearTimeout(timer);
  });
  return (next) => {
    lookup = next;
    draw();
  };
}
