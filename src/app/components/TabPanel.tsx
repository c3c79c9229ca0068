import type { ReactNode } from 'react';
import { panelId, tabId } from './TabStrip';

export function TabPanel({ idPrefix, id, children }: { idPrefix: string; id: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={panelId(idPrefix, id)} aria-labelledby={tabId(idPrefix, id)} className="rl-tabpanel">
      {children}
    </div>
  );
}
