import { tabId } from '../../../components/TabStrip';

export type EditorPlace = 'method' | 'url' | 'params' | 'headers' | 'body' | 'response';

/**
 * Moves focus to the editor control that sets a part of the exchange. The request editor names its
 * controls (role and label) for people and tests alike; Learn uses the same names rather than a
 * hook into another feature.
 */
export function jumpToEditor(place: EditorPlace): void {
  if (place === 'method' || place === 'url') {
    document.querySelector<HTMLElement>(`.rl-request [aria-label="${place === 'url' ? 'URL' : 'Method'}"]`)?.focus();
    return;
  }
  if (place === 'response') {
    const response = document.querySelector<HTMLElement>('section.rl-response');
    response?.setAttribute('tabindex', '-1');
    response?.focus();
    return;
  }
  const tab = document.getElementById(tabId('rl-req', place));
  tab?.click();
  tab?.focus();
}
