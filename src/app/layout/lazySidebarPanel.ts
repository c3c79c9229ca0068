import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { idleAfterStart } from '../state/afterStartup';

/**
 * A sidebar panel whose code loads once the first screen is up and the page idle (the workspace
 * runtime is the biggest lazy part of a start), with its own Suspense so the page never waits on it.
 */
export function lazySidebarPanel(load: () => Promise<ComponentType>): ComponentType {
  const Panel = lazy(async () => {
    await idleAfterStart();
    return { default: await load() };
  });
  return function LazySidebarPanel() {
    return createElement(Suspense, { fallback: null }, createElement(Panel));
  };
}
