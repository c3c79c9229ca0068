const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Only the form posts, and only back here or to a loopback callback; no script runs on this page. */
export const CONSENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:* http://localhost:*; frame-ancestors 'none'; base-uri 'none'";

/**
 * The sandbox's sign-in and consent page: who asks, for what, and a form that posts every
 * authorization parameter back with the person's answer.
 */
export function consentPage(params: [string, string][], opts: { clientId: string; scope: string; error?: string; username?: string }): string {
  const hidden = params
    .filter(([k]) => !['username', 'password', 'decision'].includes(k))
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sign in to the Reqlab sandbox</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
label { display: block; margin-top: .75rem; }
input[type=text], input[type=password] { display: block; width: 100%; padding: .4rem; font-size: 1rem; }
.actions { margin-top: 1.25rem; display: flex; gap: .75rem; }
button { font-size: 1rem; padding: .4rem 1rem; }
.error { color: #a00; border: 1px solid #a00; padding: .5rem; }
code { background: #eee; padding: 0 .2em; }
</style>
</head>
<body>
<main>
<h1>Sign in to the Reqlab sandbox</h1>
<p>The application <code>${escape(opts.clientId)}</code> asks to act for you with the scope <code>${escape(opts.scope)}</code>.</p>
<p>The sandbox's only user is <code>ada</code>, password <code>lovelace</code>.</p>
${opts.error ? `<p class="error" role="alert">${escape(opts.error)}</p>` : ''}
<form method="post">
${hidden}
<label>Username <input type="text" name="username" autocomplete="username" value="${escape(opts.username ?? '')}"></label>
<label>Password <input type="password" name="password" autocomplete="current-password"></label>
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>
</main>
</body>
</html>
`;
}

/** When the client or its redirect URI is unknown, RFC 6749 §4.1.2.1 says: tell the person, never redirect. */
export function refusalPage(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorization refused</title></head>
<body><main><h1>Authorization refused</h1><p>${escape(message)}</p></main></body></html>
`;
}
