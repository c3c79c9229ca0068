import { lazySidebarPanel } from '../../layout/lazySidebarPanel';
import { registerSidebarSection } from '../../layout/sidebarRegistry';

let installed = false;

/** Adds the "Import and export" sidebar panel; it loads after first paint, and with it file drops on the sidebar. */
export function installInterop(): void {
  if (installed) return;
  installed = true;
  const Component = lazySidebarPanel(async () => (await import('./InteropPanel')).InteropPanel);
  registerSidebarSection({ id: 'interop', title: 'Import and export', activity: 'interop', order: 25, Component });
}
