import { useMemo } from 'react';
import type { RequestModel } from '../../../core/model';
import { describeAuthSource, effectiveAuthForEdited, type EffectiveAuth } from '../../../core/workspace/inheritance';
import { useNodes } from '../../storage/queries';

/**
 * The auth a request (as edited in a tab) ends up with and where it comes from, for the editor:
 * `text` reads "Auth inherited from folder Books".
 */
export function useEffectiveAuth(request: RequestModel): EffectiveAuth & { text: string } {
  const nodes = useNodes();
  return useMemo(() => {
    const effective = effectiveAuthForEdited(nodes ?? [], request);
    return { ...effective, text: describeAuthSource(effective, request.id) };
  }, [nodes, request]);
}
