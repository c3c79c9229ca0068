import type { HeaderCategory, HeaderDirection, HeaderInfo, SpecRef } from '../../model';

/** A header row as written in the tables; `forbiddenInBrowser` is derived from the Fetch rules. */
export type HeaderEntry = Omit<HeaderInfo, 'forbiddenInBrowser'>;

type Extra = Partial<Pick<HeaderInfo, 'details' | 'example' | 'deprecated' | 'nonStandard'>>;

export function header(
  name: string,
  direction: HeaderDirection,
  category: HeaderCategory,
  summary: string,
  spec: SpecRef | undefined,
  extra: Extra = {},
): HeaderEntry {
  return { name, direction, category, summary, ...(spec ? { spec } : {}), ...extra };
}
