import { ownRequestName } from '../../../core/model';

/** The request's name, else its path: the method is already on the tab's badge, once. */
export function tabTitle(name: string, url: string): string {
  if (ownRequestName(name)) return name;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '') || url;
  return path || 'New request';
}
