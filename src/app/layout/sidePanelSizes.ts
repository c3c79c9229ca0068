/** The side panel's width in pixels, kept apart for Learn (which wants room) and the workspace panels. */
export type SideKind = 'workspace' | 'learn';

const KEY = 'reqlab.sidePanel.width';
const MIN = 200;

function read(): Partial<Record<SideKind, number>> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const pick = (kind: SideKind) => (typeof value[kind] === 'number' && value[kind] >= MIN ? { [kind]: value[kind] } : {});
    return { ...pick('workspace'), ...pick('learn') };
  } catch {
    return {};
  }
}

export function sideWidth(kind: SideKind): number {
  const saved = read()[kind];
  if (saved !== undefined) return saved;
  return kind === 'learn' ? Math.max(360, Math.round(window.innerWidth * 0.42)) : 300;
}

export function rememberSideWidth(kind: SideKind, width: number): void {
  if (width < MIN) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...read(), [kind]: Math.round(width) }));
  } catch {
    // no storage: the width holds for this page
  }
}
