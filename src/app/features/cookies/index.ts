import { lazySidebarPanel } from '../../layout/lazySidebarPanel';
import { registerSidebarSection } from '../../layout/sidebarRegistry';

let installed = false;

/** Adds the cookie manager to the sidebar; its code loads after first paint. */
export function installCookies(): void {
  if (installed) return;
  installed = true;
  const Component = lazySidebarPanel(async () => (await import('./CookiesPanel')).CookiesPanel);
  registerSidebarSection({ id: 'cookies', title: 'Cookies', activity: 'cookies', order: 35, Component });
}
