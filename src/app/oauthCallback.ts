import { OAUTH2_CHANNEL, type OAuth2CallbackMessage } from './state/oauth2/callbackChannel';

/**
 * The page the authorization server sends the person back to: it hands the answer (code and
 * state, or an error) to the Reqlab page that asked, which checks the state, and closes.
 */
export function answerOAuthCallback(root: HTMLElement): void {
  const message: OAuth2CallbackMessage = { query: location.search, hash: location.hash };
  const channel = new BroadcastChannel(OAUTH2_CHANNEL);
  channel.postMessage(message);
  channel.close();
  // The code is single-use and a token in the fragment is a secret: neither stays in the address bar or this tab's history.
  history.replaceState(null, '', location.pathname);
  document.title = 'Reqlab: sign-in answer received';
  const main = document.createElement('main');
  main.className = 'rl-oauth-callback';
  const heading = document.createElement('h1');
  heading.textContent = 'Answer received';
  const text = document.createElement('p');
  text.textContent = 'Reqlab has the answer of the sign-in. You can close this window.';
  main.append(heading, text);
  root.replaceChildren(main);
  setTimeout(() => window.close(), 500);
}
