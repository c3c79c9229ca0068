import type { Auth } from '../model';

export interface EffectiveAuth {
  auth: Auth;
  /** Index in the chain the auth comes from; -1 when nothing in the chain sets one. */
  fromIndex: number;
}

/**
 * Postman's rule. `chain` goes from the nearest to the farthest: [request, its folder, …,
 * collection]. The nearest auth that is not `inherit` wins; `none` is such an auth, so it
 * stops inheritance. When everything inherits, there is no auth.
 */
export function resolveInheritedAuth(chain: Auth[]): EffectiveAuth {
  const fromIndex = chain.findIndex((auth) => auth.type !== 'inherit');
  if (fromIndex < 0) return { auth: { type: 'none' }, fromIndex: -1 };
  return { auth: chain[fromIndex]!, fromIndex };
}
