import type { ComponentType } from 'react';
import type { WorkspaceActivity } from './activityStore';

/**
 * Features (history, collections, environments …) mount their panels in the sidebar by
 * registering here, so the layout does not import any feature's insides.
 */
export interface SidebarSection {
  id: string;
  title: string;
  /** The side panel it belongs to; none means every workspace panel (a storage warning, say). */
  activity?: WorkspaceActivity;
  /** Lower first. */
  order: number;
  Component: ComponentType;
}

let sections: SidebarSection[] = [];
const listeners = new Set<() => void>();

export function registerSidebarSection(section: SidebarSection): () => void {
  sections = [...sections.filter((s) => s.id !== section.id), section].sort((a, b) => a.order - b.order);
  listeners.forEach((l) => l());
  return () => {
    sections = sections.filter((s) => s !== section);
    listeners.forEach((l) => l());
  };
}

export const sidebarStore = {
  subscribe(l: () => void) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  get: () => sections,
};
