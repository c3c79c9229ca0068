import { createElement, lazy, Suspense, type ComponentType } from 'react';

/** A sidebar panel whose code loads on first render, with its own Suspense so the page never waits on it. */
export function lazySidebarPanel(load: () => Promise<ComponentType>): ComponentType {
  const Panel = lazy(async () => ({ default: await load() }));
  return function LazySidebarPanel() {
    return createElement(Suspense, { fallback: null }, createElement(Panel));
  };
}
