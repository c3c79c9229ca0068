import { pmCompletion, pmMemberInLine, type PmMember } from '../../../core/scripts';
import type { monaco as Monaco } from './monacoSetup';

type MonacoApi = typeof Monaco;

function kindOf(monaco: MonacoApi, member: PmMember) {
  const kinds = monaco.languages.CompletionItemKind;
  return member.kind === 'method' ? kinds.Method : member.kind === 'object' ? kinds.Module : kinds.Property;
}

/**
 * Completion and hover for Postman's `pm` API in scripts, from Reqlab's own reference of what the
 * engine provides: the TypeScript worker that would read a .d.ts weighs megabytes.
 */
export function registerPmScriptLanguage(monaco: MonacoApi): void {
  monaco.languages.registerCompletionItemProvider('javascript', {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const line = model.getLineContent(position.lineNumber);
      const found = pmCompletion(line.slice(0, position.column - 1));
      if (!found) return { suggestions: [] };
      const range = new monaco.Range(position.lineNumber, found.from + 1, position.lineNumber, position.column);
      return {
        suggestions: found.options.map(({ name, member }) => ({
          label: name,
          kind: kindOf(monaco, member),
          detail: member.signature,
          documentation: member.doc,
          insertText: name,
          range,
        })),
      };
    },
  });
  monaco.languages.registerHoverProvider('javascript', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const member = pmMemberInLine(model.getLineContent(position.lineNumber), word.endColumn - 1);
      if (!member) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: `\`${member.signature}\`` }, { value: member.doc }],
      };
    },
  });
}
