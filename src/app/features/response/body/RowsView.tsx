import { useCallback, useMemo, useState } from 'react';
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
  // One page cache per (body, view), created with it: a cache reset in an effect ran after the
  // list had already asked for its first rows, so a second JSONPath result stayed blank.
  const { pages } = useMemo(() => ({ body, view, pages: new Map<number, string[] | 'pending'>() }), [body, view]);
  const [, setVersion] = useState(0);
  const onRange = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) {
        if (pages.has(p)) continue;
        pages.set(p, 'pending');
        body
          .rows(view, p * PAGE, (p + 1) * PAGE)
          .then((rows) => {
            pages.set(p, rows);
            setVersion((v) => v + 1);
          })
          .catch(() => pages.delete(p));
      }
    },
    [body, view, pages],
  );
  const renderRow = (index: number) => {
    const page = pages.get(Math.floor(index / PAGE));
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
