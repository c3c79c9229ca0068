import type { ReactNode } from 'react';
import { Sidebar } from './Sidebar';
import { useSplit } from './useSplit';
import './layout.css';

/** Top bar, sidebar (or a wider side such as Learn) | main; main is the request on top and the response below, with a draggable split. */
export function AppLayout(props: { topBar: ReactNode; tabs: ReactNode; request: ReactNode; response: ReactNode; side?: ReactNode }) {
  const split = useSplit();
  return (
    <div className={props.side ? 'rl-app rl-app-wide-side' : 'rl-app'}>
      <header className="rl-topbar">{props.topBar}</header>
      {props.side ?? <Sidebar />}
      <main className="rl-main">
        {props.tabs}
        <div className="rl-split" ref={split.container} style={{ gridTemplateRows: `${split.fraction}fr auto ${1 - split.fraction}fr` }}>
          <div className="rl-split-top">{props.request}</div>
          <div
            role="separator"
            aria-orientation="horizontal"
            aria-label="Resize request and response"
            aria-valuenow={Math.round(split.fraction * 100)}
            aria-valuemin={15}
            aria-valuemax={85}
            tabIndex={0}
            className="rl-splitter"
            onPointerDown={split.onPointerDown}
            onKeyDown={split.onKeyDown}
          />
          <div className="rl-split-bottom">{props.response}</div>
        </div>
      </main>
    </div>
  );
}
