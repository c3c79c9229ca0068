import type { ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { useSplitOrientation } from './splitOrientation';

/**
 * The request and the response, stacked or side by side, with a handle to drag or move with the
 * arrow keys. Each orientation remembers its own sizes.
 */
export function WorkbenchSplit(props: { request: ReactNode; response: ReactNode }) {
  const orientation = useSplitOrientation();
  const id = `reqlab-split-${orientation}`;
  const layout = useDefaultLayout({ id, storage: localStorage });
  return (
    <Group
      key={id}
      id={id}
      className={`rl-split rl-split-${orientation}`}
      orientation={orientation === 'stacked' ? 'vertical' : 'horizontal'}
      defaultLayout={layout.defaultLayout}
      onLayoutChanged={layout.onLayoutChanged}
    >
      <Panel id="request" className="rl-split-pane" minSize="15%" defaultSize="45%">
        {props.request}
      </Panel>
      <Separator className="rl-splitter" aria-label="Resize request and response" />
      <Panel id="response" className="rl-split-pane" minSize="15%">
        {props.response}
      </Panel>
    </Group>
  );
}
