import { createElement, lazy, Suspense } from 'react';
import { registerSidebarSection } from '../../layout/sidebarRegistry';

const InteropPanel = lazy(async () => ({ default: (await import('./InteropPanel')).InteropPanel }));

function LazyInteropPanel() {
  return createElement(Suspense, { fallback: null }, createElement(InteropPanel));
}

let installed = false;

/** Adds the "Import and export" sidebar panel; it loads after first paint, and with it file drops on the sidebar. */
export function installInterop(): void {
  if (installed) return;
  installed = true;
  registerSidebarSection({ id: 'interop', title: 'Import and export', order: 25, Component: LazyInteropPanel });
}
