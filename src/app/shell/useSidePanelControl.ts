import { useCallback, useState } from 'react';
import { setActivityState, useActivityState, type ActivityId } from '../layout/activityStore';
import { useNarrowViewport } from '../layout/useNarrowViewport';
import { closeLearn, useLearnRoute } from '../features/learn/route';

/**
 * What the side panel shows and how the activity bar changes it. Learn is open while its hash
 * route is; the other panels are remembered. On a narrow screen the panel is an overlay that
 * starts closed every time, so a phone never opens onto a covered editor.
 */
export function useSidePanelControl() {
  const learn = useLearnRoute();
  const state = useActivityState();
  const narrow = useNarrowViewport();
  const [overlayOpen, setOverlayOpen] = useState(false);
  const folded = narrow ? !overlayOpen : state.folded;
  const open: ActivityId | undefined = learn.open ? 'learn' : folded ? undefined : state.panel;

  const setFolded = useCallback((value: boolean) => (narrow ? setOverlayOpen(!value) : setActivityState({ folded: value })), [narrow]);

  const onChoose = useCallback(
    (id: ActivityId) => {
      if (id === 'learn') {
        if (learn.open) closeLearn();
        else window.location.hash = '#/learn';
        return;
      }
      if (learn.open) closeLearn();
      else if (open === id) {
        setFolded(true);
        return;
      }
      setActivityState({ panel: id });
      setFolded(false);
    },
    [learn.open, open, setFolded],
  );

  const onFold = useCallback(() => {
    if (learn.open) closeLearn();
    setFolded(true);
  }, [learn.open, setFolded]);

  return { learn, open, onChoose, onFold };
}
