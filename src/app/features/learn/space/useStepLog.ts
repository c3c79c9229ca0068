import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onExchangeComplete } from '../../../state/exchangeEvents';
import { afterNextPaint } from '../../../state/afterNextPaint';
import { labClient } from './labClient';

/**
 * What the lab received since the step began. Refreshed after every send from the editor, and on
 * demand (code run outside the app reaches the lab too). A lab younger than the step's start (a server
 * restart, a reset elsewhere) is read from its beginning.
 */
export function useStepLog(lab: string | undefined, start: number | undefined) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['learn', 'log', lab, start],
    enabled: lab !== undefined && start !== undefined,
    queryFn: async () => {
      const log = await labClient.log(lab!, start!);
      return log.last < start! ? labClient.log(lab!, 0) : log;
    },
  });
  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const refresh = () => void client.invalidateQueries({ queryKey: ['learn', 'log'] });
    const off = onExchangeComplete(() => {
      afterNextPaint(refresh);
      // The sandbox logs an exchange once its answer is handed to the socket: read again shortly after.
      const timer = setTimeout(() => {
        timers.delete(timer);
        refresh();
      }, 300);
      timers.add(timer);
    });
    return () => {
      off();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [client]);
  return { log: query.data, refresh: () => query.refetch(), error: query.error };
}
