import { createElement, lazy, Suspense } from 'react';
import { registerSidebarSection } from '../../layout/sidebarRegistry';
import { installSidebarDrop } from './sidebarDrop';

const InteropPanel = lazy(async () => ({ default: (await import('./InteropPanel')).InteropPanel }));

function LazyInteropPanel() {
  return createElement(Suspense, { fallback: null }, createElement(InteropPanel));
}

let installed = false;

/** Adds the "Import and export" sidebar panel and file drops on the sidebar; the panel loads after first paint. */
export function installInterop(): void {
  if (installed) return;
  installed = true;
  registerSidebarSection({ id: 'interop', title: 'Import and export', order: 25, Component: LazyInteropPanel });
  installSidebarDrop();
}
