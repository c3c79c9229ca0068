export { EnvironmentsPanel } from './EnvironmentsPanel';
export { VariablesTable } from './VariablesTable';
export { useDraft } from './useDraft';
export { useVariableScopes } from './useVariableScopes';
export { scopesFor, allVariables } from './scopesFor';
export { announceScopeChanges } from './announceScopeChanges';
export { getActiveEnvironment, setActiveEnvironment, useActiveEnvironmentId } from './activeEnvironment';
export { scriptScopesFor } from './scriptScopes';
