import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './theme/theme.css';
import { applyTheme } from './theme/themeStore';
import { installFieldUndo } from './fieldUndo/installFieldUndo';
import { prewarmSenders, setCookieJarAccess, setFileBlobs } from '../transport';
import { getFileBlob } from './state/fileStore';
import { workspaceCookieJar } from './storage/cookieJarAccess';
import { OAUTH2_CALLBACK_PATH } from './state/oauth2/callbackChannel';
import { whenIdleAfterStart } from './state/afterStartup';

// Before the first render, so a dark system theme never flashes light.
applyTheme();
installFieldUndo(document);
setCookieJarAccess(workspaceCookieJar);
setFileBlobs(getFileBlob);

if (location.pathname === OAUTH2_CALLBACK_PATH) {
  // A sign-in answer, not the app: hand it over and stop (no session, no second workbench).
  void import('./oauthCallback').then((m) => m.answerOAuthCallback(document.getElementById('root')!));
} else startApp();

function startApp() {
  // Open tabs and drafts come back before the first paint, so nothing the person sees is swapped
  // under their cursor; a session store that does not answer within a second does not hold the page.
  // The shell's code is fetched and run while IndexedDB answers, not before the question is asked.
  const tabsRestored = import('./state/session/installTabsPersistence').then((m) => m.installTabsPersistence()).catch(() => undefined);
  const shell = import('./App');
  const root = document.getElementById('root')!;
  void Promise.all([shell, Promise.race([tabsRestored, new Promise((r) => setTimeout(r, 1000))])]).then(
    ([{ App }]) => {
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    },
    (error: unknown) => showLoadFailure(root, error),
  );

  // The browser sender's code (axios) is not in the entry chunk; fetch it once the first screen is up and idle.
  whenIdleAfterStart(prewarmSenders);
}

/** The shell's code did not arrive (a new version replaced it, or the server went away): say so instead of a blank page. */
function showLoadFailure(root: HTMLElement, error: unknown) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `Reqlab could not load its code (${error instanceof Error ? error.message : String(error)}). Reload the page to try again; your saved work is kept in this browser.`;
  root.replaceChildren(message);
}
