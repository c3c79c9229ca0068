import { useCallback, useEffect, useRef, useState } from 'react';
import type { BodyView, IndexInfo } from '../../../../workers/bodyProtocol';
import type { WorkerBody } from '../../../../workers/bodyWorkerClient';
import { HighlightedRow } from './HighlightedRow';
import { VirtualList } from './VirtualList';

const PAGE = 256;

interface Props {
  body: WorkerBody;
  view: BodyView;
  info: IndexInfo;
  highlight: boolean;
  ariaLabel: string;
}

/** Rows fetched from the worker a page at a time, as they scroll into view. */
export function RowsView({ body, view, info, highlight, ariaLabel }: Props) {
  const pages = useRef(new Map<number, string[] | 'pending'>());
  const [, setVersion] = useState(0);
  useEffect(() => {
    pages.current = new Map();
    setVersion((v) => v + 1);
  }, [body, view]);
  const onRange = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) {
        if (pages.current.has(p)) continue;
        pages.current.set(p, 'pending');
        const map = pages.current;
        body
          .rows(view, p * PAGE, (p + 1) * PAGE)
          .then((rows) => {
            if (pages.current !== map) return;
            map.set(p, rows);
            setVersion((v) => v + 1);
          })
          .catch(() => map.delete(p));
      }
    },
    [body, view],
  );
  const renderRow = (index: number) => {
    const page = pages.current.get(Math.floor(index / PAGE));
    const text = Array.isArray(page) ? (page[index % PAGE] ?? '') : '';
    return (
      <>
        <span className="rl-gutter" aria-hidden="true">
          {index + 1}
        </span>
        {highlight ? <HighlightedRow text={text} /> : <span>{text}</span>}
      </>
    );
  };
  return <VirtualList count={info.count} renderRow={renderRow} onRange={onRange} ariaLabel={ariaLabel} />;
}
