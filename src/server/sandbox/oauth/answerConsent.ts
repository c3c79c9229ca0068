import { SANDBOX_OAUTH } from './oauthModel.ts';

/**
 * For tests: what a person does on the sandbox's consent page. The page is fetched, then its form is
 * posted back with every parameter of the authorization URL, the user's name and password, and the
 * decision; the redirect is not followed, so its Location (the callback with the code) can be read.
 */
export async function answerConsent(url: string, decision: 'allow' | 'deny', password: string = SANDBOX_OAUTH.password) {
  const page = await fetch(url);
  const form = new URLSearchParams(new URL(url).searchParams);
  form.set('username', SANDBOX_OAUTH.username);
  form.set('password', password);
  form.set('decision', decision);
  const answer = await fetch(new URL(url).origin + new URL(url).pathname, { method: 'POST', body: form, redirect: 'manual' });
  return { page, status: answer.status, location: answer.headers.get('location') };
}
