import { useEffect, type ReactNode } from 'react';
import { Group, Panel, Separator, usePanelRef } from 'react-resizable-panels';
import { ActivityBar, type Activity } from './ActivityBar';
import type { ActivityId } from './activityStore';
import { rememberSideWidth, sideWidth, type SideKind } from './sidePanelSizes';
import { useNarrowViewport } from './useNarrowViewport';
import { WorkbenchSplit } from './WorkbenchSplit';
import { MAIN_SHEET_HOST_ID } from '../components/mainSheetHost';
import './layout.css';

export const SIDE_PANEL_ID = 'rl-side-panel';

export interface AppLayoutProps {
  topBar: ReactNode;
  tabs: ReactNode;
  request: ReactNode;
  response: ReactNode;
  activities: readonly Activity[];
  /** The panel shown, or none when folded away. */
  open: ActivityId | undefined;
  side: ReactNode;
  onChoose: (id: ActivityId) => void;
  onFold: () => void;
}

/**
 * Top bar; activity bar | side panel | main, where main is the tabs over the request and the
 * response. The side panel is a resizable, foldable column, or an overlay on a narrow screen.
 */
export function AppLayout(props: AppLayoutProps) {
  const narrow = useNarrowViewport();
  const main = (
    <main className="rl-main">
      {props.tabs}
      <WorkbenchSplit request={props.request} response={props.response} />
      {/* Editors too wide for the side panel (an environment) cover the main area from here. */}
      <div id={MAIN_SHEET_HOST_ID} />
    </main>
  );
  return (
    <div className="rl-app">
      <header className="rl-topbar">{props.topBar}</header>
      <div className="rl-shell-body">
        <ActivityBar activities={props.activities} open={props.open} panelId={SIDE_PANEL_ID} onChoose={props.onChoose} />
        {narrow ? <OverlaySide {...props} main={main} /> : <ColumnSide {...props} main={main} />}
      </div>
    </div>
  );
}

type SideProps = AppLayoutProps & { main: ReactNode };

function ColumnSide(props: SideProps) {
  const panel = usePanelRef();
  const kind: SideKind = props.open === 'learn' ? 'learn' : 'workspace';
  const shown = props.open !== undefined;
  const { onFold } = props;
  useEffect(() => {
    const handle = panel.current;
    if (!handle) return;
    if (!shown) {
      handle.collapse();
      return;
    }
    if (handle.isCollapsed()) handle.expand();
    handle.resize(sideWidth(kind));
  }, [panel, shown, kind]);
  return (
    <Group id="reqlab-workbench" orientation="horizontal" className="rl-workbench">
      <Panel
        id="side"
        panelRef={panel}
        collapsible
        collapsedSize={0}
        minSize={200}
        maxSize="70%"
        defaultSize={shown ? sideWidth(kind) : 0}
        groupResizeBehavior="preserve-pixel-size"
        className="rl-side-column"
        onResize={(size) => {
          // Dragged shut: that is folding it away. Otherwise keep the width for next time.
          if (size.inPixels < 1) {
            if (shown) onFold();
          } else if (shown) rememberSideWidth(kind, size.inPixels);
        }}
      >
        {props.side}
      </Panel>
      {/* The name comes from `title` (a tooltip too): axe counts an aria-label as content outside a landmark, and the handle has to sit between two. */}
      <Separator className="rl-side-splitter" title="Resize the side panel" />
      <Panel id="main" minSize={320} className="rl-main-column">
        {props.main}
      </Panel>
    </Group>
  );
}

function OverlaySide(props: SideProps) {
  const shown = props.open !== undefined;
  return (
    <>
      {props.main}
      {shown && (
        <>
          <div className="rl-side-backdrop" aria-hidden="true" onClick={props.onFold} />
          <div
            className="rl-side-overlay"
            onKeyDown={(event) => {
              if (event.key === 'Escape' && !event.defaultPrevented) props.onFold();
            }}
          >
            {props.side}
          </div>
        </>
      )}
    </>
  );
}
