/** NTLM's user as Windows and curl write it: `REQLAB\ada` when a domain is set, else the name alone. */
export function ntlmUser(creds: { username: string; domain: string }): string {
  return creds.domain ? `${creds.domain}\\${creds.username}` : creds.username;
}
