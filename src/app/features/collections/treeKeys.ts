import type { NodeAction } from './NodeMenu';

/** What a key on a focused tree item does. */
export type TreeKeyCommand =
  | { kind: 'focus'; to: 'prev' | 'next' | 'first' | 'last' | 'parent' }
  | { kind: 'expand' | 'collapse' | 'open' | 'menu' }
  | { kind: 'action'; action: NodeAction };

/** `expandable`: a container, or a request with saved examples under it (Enter still opens the request). */
export function treeKeyCommand(
  e: { key: string; altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean },
  expanded: boolean,
  isContainer: boolean,
  expandable = isContainer,
): TreeKeyCommand | null {
  if (e.altKey && e.key === 'ArrowUp') return { kind: 'action', action: 'moveUp' };
  if (e.altKey && e.key === 'ArrowDown') return { kind: 'action', action: 'moveDown' };
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowUp':
      return { kind: 'focus', to: 'prev' };
    case 'ArrowDown':
      return { kind: 'focus', to: 'next' };
    case 'Home':
      return { kind: 'focus', to: 'first' };
    case 'End':
      return { kind: 'focus', to: 'last' };
    case 'ArrowRight':
      return expandable && !expanded ? { kind: 'expand' } : null;
    case 'ArrowLeft':
      return expandable && expanded ? { kind: 'collapse' } : { kind: 'focus', to: 'parent' };
    case 'Enter':
    case ' ':
      return isContainer ? (expanded ? { kind: 'collapse' } : { kind: 'expand' }) : { kind: 'open' };
    case 'F2':
      return { kind: 'action', action: 'rename' };
    case 'Delete':
      return { kind: 'action', action: 'delete' };
    case 'ContextMenu':
      return { kind: 'menu' };
    case 'F10':
      return e.shiftKey ? { kind: 'menu' } : null;
    default:
      return null;
  }
}
