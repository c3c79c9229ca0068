import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { createType1Message, createType3Message, parseType2Message } from '@node-ntlm/core';
import type { RelayRequest } from '../../core/relay/protocol';

type NtlmCredentials = NonNullable<RelayRequest['ntlm']>;

/**
 * NTLM authenticates a connection, not a request: the negotiate, the challenge and the answer must
 * travel on one socket. Every other hop is on a fresh connection; these share a one-socket agent.
 */
export function ntlmAgent(url: URL): http.Agent {
  const options = { keepAlive: true, maxSockets: 1 };
  return url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
}

/** `REQLAB\ada` in the username, as Windows writes it, when no domain was given. */
function split(creds: NtlmCredentials): NtlmCredentials {
  const slash = creds.username.indexOf('\\');
  if (creds.domain !== '' || slash < 0) return creds;
  return { ...creds, domain: creds.username.slice(0, slash), username: creds.username.slice(slash + 1) };
}

/** The first message (NEGOTIATE), as the Authorization header's value (`NTLM <base64>`). */
export function ntlmNegotiate(creds: NtlmCredentials): string {
  const c = split(creds);
  return createType1Message({ domain: c.domain, workstation: c.workstation });
}

/** The server's CHALLENGE from its 401 → the AUTHENTICATE answer, or undefined when it sent none. */
export function ntlmAuthenticate(wwwAuthenticate: string[], creds: NtlmCredentials): string | undefined {
  const challenge = wwwAuthenticate.flatMap((v) => v.split(',')).map((v) => v.trim()).find((v) => /^NTLM\s+\S+/i.test(v));
  if (!challenge) return undefined;
  const c = split(creds);
  return createType3Message(parseType2Message(challenge), { domain: c.domain, workstation: c.workstation, username: c.username, password: c.password });
}

/** Reads a response to its end so that its socket goes back to the agent for the next message. */
export function drain(response: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    response.on('error', () => resolve());
    response.on('end', () => resolve());
    response.resume();
  });
}
