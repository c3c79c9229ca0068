import type { ComponentType } from 'react';
import type { ActivityId } from './activityStore';
import { useRovingFocus } from '../components/useRovingFocus';

export interface Activity {
  id: ActivityId;
  label: string;
  Icon: ComponentType<{ 'aria-hidden'?: boolean; size?: number }>;
  /** A longer tooltip than the label. */
  hint: string;
}

/**
 * The column of panel switches at the left, as Postman and VS Code have it. Each switch shows
 * its icon and its name (the name is the accessible name, so speech users say what they see),
 * and pressing the open one folds the panel away. The bar is one tab stop; the arrows move in it.
 */
export function ActivityBar(props: { activities: readonly Activity[]; open: ActivityId | undefined; panelId: string; onChoose: (id: ActivityId) => void }) {
  const selected = Math.max(0, props.activities.findIndex((a) => a.id === props.open));
  const roving = useRovingFocus(props.activities.length, 'vertical', selected);
  return (
    <nav className="rl-activity-bar">
      <div role="toolbar" aria-orientation="vertical" aria-label="Side panels" onKeyDown={roving.onKeyDown}>
        {props.activities.map((activity, index) => {
          const open = props.open === activity.id;
          return (
            <button
              key={activity.id}
              type="button"
              data-roving
              className="rl-activity"
              aria-pressed={open}
              aria-controls={open ? props.panelId : undefined}
              title={open ? `${activity.hint} (press again to fold the panel away)` : activity.hint}
              tabIndex={roving.tabIndexFor(index)}
              onFocus={() => roving.onItemFocus(index)}
              onClick={() => props.onChoose(activity.id)}
            >
              <activity.Icon aria-hidden size={20} />
              <span>{activity.label}</span>
            </button>
          );
        })}
      </div>
    </nav>
  );
}
