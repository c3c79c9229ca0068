import { useSyncExternalStore } from 'react';

/** Learn lives at `#/learn`, `#/learn/<lesson>` and `#/learn/<lesson>/<step>`: links a teacher can hand out. */
export type LearnRoute = { open: false } | { open: true; lesson?: string; step?: string };

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseLearnHash(hash: string): LearnRoute {
  const match = /^#\/learn(?:\/([^/]*))?(?:\/([^/]*))?\/?$/.exec(hash);
  if (!match) return { open: false };
  const [, lesson, step] = match;
  return { open: true, ...(lesson && SLUG.test(lesson) ? { lesson } : {}), ...(step && SLUG.test(step) ? { step } : {}) };
}

export function learnHref(lesson?: string, step?: string): string {
  return `#/learn${lesson ? `/${lesson}` : ''}${lesson && step ? `/${step}` : ''}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

let cached: { hash: string; route: LearnRoute } | undefined;
function snapshot(): LearnRoute {
  const hash = window.location.hash;
  if (cached?.hash !== hash) cached = { hash, route: parseLearnHash(hash) };
  return cached.route;
}

export function useLearnRoute(): LearnRoute {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Leaves Learn without adding a history entry per toggle. */
export function closeLearn(): void {
  history.pushState(null, '', `${window.location.pathname}${window.location.search}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
