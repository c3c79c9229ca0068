import type { VariableLookup } from '../../../core/variables';

export type CodeLanguage = 'json' | 'plaintext' | 'xml' | 'html' | 'graphql' | 'javascript';

export interface EditorMarker {
  line: number;
  column: number;
  message: string;
}

export interface CodeEditorProps {
  value: string;
  language: CodeLanguage;
  /** One Monaco model per path: give each tab/body its own so big texts never go through setValue. */
  path: string;
  onChange?: (value: string) => void;
  /** Errors and warnings from the language service (JSON syntax …). */
  onValidate?: (markers: EditorMarker[]) => void;
  readOnly?: boolean;
  /** Label of Monaco's own textarea; the caller labels the wrapper. */
  editorAriaLabel?: string;
  height?: string | number;
  wordWrap?: boolean;
  placeholder?: string;
  /** The variables in scope: `{{name}}` is drawn as a chip, explained on hover and completed after `{{`. */
  variables?: VariableLookup | null;
}

export interface ReadOnlyCodeViewProps {
  text: string;
  language: CodeLanguage;
  /** Names the model: the same body keeps its model while it is shown. */
  path: string;
  editorAriaLabel: string;
}
