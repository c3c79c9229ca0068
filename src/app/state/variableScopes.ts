import { createSignal } from './signal';

/**
 * Announced when what `{{variables}}` resolve to may have changed: an environment, the globals, a
 * collection's or folder's variables, or the active environment. The workspace emits it; the
 * request editor (chips, hovers, the unresolved warning) listens. Neither imports the other.
 */
export const variableScopesChanged = createSignal<void>();
