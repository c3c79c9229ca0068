export { buildVariableLookup, type VariableEntry, type VariableLookup, type VariableSource } from './lookup';
export { DYNAMIC_VARIABLES, dynamicValue, isDynamicVariable, type DynamicSources } from './dynamic';
export {
  resolveVariables,
  createResolver,
  VARIABLE_PATTERN,
  type ResolveOptions,
  type Resolution,
  type Resolver,
  type UsedVariable,
} from './resolve';
export { tokenizeVariables, variableNames, type TextSegment, type VariableStatus } from './tokenize';
export { applyCompletion, completionContext, completionOptions, type CompletionContext } from './completion';
