import { useQuery } from '@tanstack/react-query';
import { pageOrigin } from '../../../state/prepareContext';
import { labAddresses, labId } from './labClient';

/** The learner's lab and where it is reachable; null while it is being looked up. */
export function useLabSession() {
  const query = useQuery({
    queryKey: ['learn', 'lab'],
    queryFn: async () => {
      const origin = pageOrigin();
      if (!origin) throw new Error('Learn needs the page to come from a Reqlab server (npm start): the lessons run on its sandbox.');
      const id = await labId();
      return { id, addresses: await labAddresses(origin, id) };
    },
    staleTime: Infinity,
  });
  return { session: query.data ?? null, error: query.error };
}
