import type { TextSegment, VariableSource } from '../../../core/variables';

type VariableSegment = Extract<TextSegment, { kind: 'variable' }>;

export function sourceLabel(source: VariableSource | undefined, level?: number): string {
  switch (source) {
    case 'global':
      return 'the globals';
    case 'collection':
      return level ? 'a folder' : 'the collection';
    case 'environment':
      return 'the active environment';
    case 'request':
      return 'this request';
    case 'dynamic':
      return 'made for each send';
    default:
      return 'no scope';
  }
}

/** What a `{{name}}` stands for, in a sentence: its value (never a secret's) and the scope it comes from. */
export function variableHint(segment: VariableSegment): string | null {
  switch (segment.status) {
    case 'resolved':
      return segment.secret
        ? `${segment.text} is a secret from ${sourceLabel(segment.source)} (value hidden)`
        : `${segment.text} = ${segment.value === '' ? '(empty)' : segment.value} · from ${sourceLabel(segment.source)}`;
    case 'unresolved':
      return `${segment.text} has no value: define it in an environment, the collection or the globals`;
    case 'dynamic':
      return `${segment.text} is made anew for each send`;
    default:
      return null;
  }
}
