/**
 * Fractional sort keys: a node moved between two siblings gets the midpoint of their keys,
 * so only the moved record is rewritten (and two tabs reordering different items don't clash).
 */
export const ORDER_STEP = 1024;

/** A key strictly between `before` and `after` (either may be missing: start or end of the list). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return ORDER_STEP;
  if (before === undefined) return (after as number) - ORDER_STEP;
  if (after === undefined) return before + ORDER_STEP;
  return (before + after) / 2;
}

/** True when two keys are too close to split again within float precision. */
export function needsRenumbering(before: number | undefined, after: number | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  const mid = (before + after) / 2;
  return !(mid > before && mid < after) || after - before < 1e-9;
}
