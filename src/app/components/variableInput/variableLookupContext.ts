import { createContext } from 'react';
import type { VariableLookup } from '../../../core/variables';

/** The variables in scope for the request being edited; fields under it draw and complete `{{name}}` from it. */
export const VariableLookupContext = createContext<VariableLookup | null>(null);
