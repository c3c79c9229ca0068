import { lazy, Suspense } from 'react';
import type { ActivityId } from '../layout/activityStore';
import { SidePanel } from '../layout/SidePanel';
import { SIDE_PANEL_ID } from '../layout/AppLayout';
import type { LearnRoute } from '../features/learn/route';
import { PANEL_TITLES } from './activities';

// Learn loads on first use: the entry carries only the route and the activity.
const LearnSpace = lazy(() => import('../features/learn/space/LearnSpace'));

/** What the open activity shows in the side panel. */
export function SideContent(props: { open: ActivityId | undefined; learn: LearnRoute; onFold: () => void }) {
  if (props.open === undefined) return null;
  if (props.open === 'learn' && props.learn.open) {
    return (
      <Suspense fallback={<aside id={SIDE_PANEL_ID} aria-label="Learn HTTP" className="rl-side-panel rl-note">Opening Learn…</aside>}>
        <LearnSpace route={props.learn} panelId={SIDE_PANEL_ID} />
      </Suspense>
    );
  }
  if (props.open === 'learn') return null;
  return <SidePanel id={SIDE_PANEL_ID} activity={props.open} title={PANEL_TITLES[props.open]} onFold={props.onFold} />;
}
