import FolderTree from 'lucide-react/icons/folder-tree';
import Variable from 'lucide-react/icons/variable';
import History from 'lucide-react/icons/history';
import ArrowLeftRight from 'lucide-react/icons/arrow-left-right';
import Cookie from 'lucide-react/icons/cookie';
import GraduationCap from 'lucide-react/icons/graduation-cap';
import type { Activity } from '../layout/ActivityBar';
import type { WorkspaceActivity } from '../layout/activityStore';

/** The activity bar, top to bottom. Icons are imported one by one so the entry carries only these. */
export const ACTIVITIES: readonly Activity[] = [
  { id: 'collections', label: 'Collections', Icon: FolderTree, hint: 'Collections: saved requests in folders' },
  { id: 'environments', label: 'Environments', Icon: Variable, hint: 'Environments: variables and secrets' },
  { id: 'history', label: 'History', Icon: History, hint: 'History: every request you sent' },
  { id: 'interop', label: 'Import', Icon: ArrowLeftRight, hint: 'Import and export: Postman, OpenAPI, HAR, cURL, backups' },
  { id: 'cookies', label: 'Cookies', Icon: Cookie, hint: 'Cookies the relay keeps for you' },
  { id: 'learn', label: 'Learn', Icon: GraduationCap, hint: 'Learn HTTP by doing, on the built-in sandbox' },
];

export const PANEL_TITLES: Record<WorkspaceActivity, string> = {
  collections: 'Collections',
  environments: 'Environments',
  history: 'History',
  interop: 'Import and export',
  cookies: 'Cookies',
};
