// Light exports only: the panels load lazily (see installWorkspace), so importing this stays cheap.
export { installWorkspace } from './installWorkspace';
export { useEffectiveAuth } from './useEffectiveAuth';
export { openSavedRequest } from './openInTab';
export { InheritedAuthNote } from './InheritedAuthNote';
export { saveTabs } from './saveTabs';
export { saveResponseAsExample } from './saveAsExample';
