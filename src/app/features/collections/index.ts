// Light exports only: the panels load lazily (see installWorkspace), so importing this stays cheap.
export { installWorkspace } from './installWorkspace';
export { useEffectiveAuth } from './useEffectiveAuth';
export { openSavedRequest, COLLECTION_ORIGIN } from './openInTab';
export { InheritedAuthNote } from './InheritedAuthNote';
export { saveTabs, type SaveTabsOutcome } from './saveTabs';
