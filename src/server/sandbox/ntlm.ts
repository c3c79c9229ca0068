import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';
import md4 from 'js-md4';
import { readBodyOrRefuse, sendJson, type Req, type Res } from './respond.ts';

/** The sandbox's Windows account, shown in the route list so anyone can sign in. Any domain is accepted. */
export const SANDBOX_NTLM = { username: 'ada', password: 'lovelace', domain: 'REQLAB' } as const;

const FLAGS = {
  unicode: 0x1,
  requestTarget: 0x4,
  ntlm: 0x200,
  alwaysSign: 0x8000,
  targetTypeDomain: 0x10000,
  extendedSessionSecurity: 0x80000,
  targetInfo: 0x800000,
  key128: 0x20000000,
  key56: 0x80000000,
};

/** NTLM authenticates the connection: what each socket has been challenged with, and who it is once answered. */
const connections = new WeakMap<Socket, { challenge?: Buffer; user?: string; domain?: string }>();

const utf16 = (text: string) => Buffer.from(text, 'utf16le');

function avPair(id: number, value: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(id, 0);
  head.writeUInt16LE(value.length, 2);
  return Buffer.concat([head, value]);
}

/** MS-NLMP §2.2.1.2: the CHALLENGE, with target info so that clients answer with NTLMv2. */
function challengeMessage(challenge: Buffer): string {
  const targetName = utf16(SANDBOX_NTLM.domain);
  const filetime = Buffer.alloc(8);
  filetime.writeBigUInt64LE((BigInt(Date.now()) + 11644473600000n) * 10000n);
  const targetInfo = Buffer.concat([
    avPair(2, utf16(SANDBOX_NTLM.domain)),
    avPair(1, utf16('SANDBOX')),
    avPair(4, utf16('reqlab.local')),
    avPair(3, utf16('sandbox.reqlab.local')),
    avPair(7, filetime),
    avPair(0, Buffer.alloc(0)),
  ]);
  const head = Buffer.alloc(56);
  head.write('NTLMSSP\0', 0, 'latin1');
  head.writeUInt32LE(2, 8);
  head.writeUInt16LE(targetName.length, 12);
  head.writeUInt16LE(targetName.length, 14);
  head.writeUInt32LE(56, 16);
  head.writeUInt32LE(Object.values(FLAGS).reduce((a, b) => (a | b) >>> 0, 0), 20);
  challenge.copy(head, 24);
  head.writeUInt16LE(targetInfo.length, 40);
  head.writeUInt16LE(targetInfo.length, 42);
  head.writeUInt32LE(56 + targetName.length, 44);
  return Buffer.concat([head, targetName, targetInfo]).toString('base64');
}

interface Authenticate {
  nt: Buffer;
  domain: string;
  user: string;
  workstation: string;
}

/** MS-NLMP §2.2.1.3: the AUTHENTICATE's fields, each a (length, offset) into the message. */
function parseAuthenticate(message: Buffer): Authenticate | undefined {
  if (message.length < 64) return undefined;
  const field = (at: number) => {
    const length = message.readUInt16LE(at);
    const offset = message.readUInt32LE(at + 4);
    return offset + length <= message.length ? message.subarray(offset, offset + length) : Buffer.alloc(0);
  };
  const unicode = (message.readUInt32LE(60) & FLAGS.unicode) !== 0;
  const text = (at: number) => field(at).toString(unicode ? 'utf16le' : 'latin1');
  return { nt: field(20), domain: text(28), user: text(36), workstation: text(44) };
}

/** MS-NLMP §3.3.2: NTOWFv2, then NTProofStr over the server challenge and the client's blob. */
function ntlmV2Matches(answer: Authenticate, challenge: Buffer): boolean {
  const ntHash = Buffer.from(md4.arrayBuffer(utf16(SANDBOX_NTLM.password)));
  const key = createHmac('md5', ntHash).update(utf16(answer.user.toUpperCase() + answer.domain)).digest();
  const proof = createHmac('md5', key).update(Buffer.concat([challenge, answer.nt.subarray(16)])).digest();
  return timingSafeEqual(proof, answer.nt.subarray(0, 16));
}

function refuse(res: Res, detail: string, challenge?: string): void {
  sendJson(res, 401, { authenticated: false, detail, hint: `Sign in with NTLM (through the Local relay): user ${SANDBOX_NTLM.username}, password ${SANDBOX_NTLM.password}, domain ${SANDBOX_NTLM.domain} (any domain is accepted).` }, {
    'WWW-Authenticate': challenge ? `NTLM ${challenge}` : 'NTLM',
  });
}

/**
 * `/sandbox/ntlm/…`: a Windows-style NTLM server. A NEGOTIATE gets a CHALLENGE on the same
 * connection; the AUTHENTICATE that follows must carry an NTLMv2 answer made from the sandbox's
 * password (NTLMv1 is refused, as current Windows policy does). Once answered, the connection stays
 * signed in, as IIS keeps it.
 */
export async function handleNtlm(req: Req, res: Res, maxBytes: number): Promise<void> {
  if (!(await readBodyOrRefuse(req, res, maxBytes))) return;
  const socket = req.socket;
  const state = connections.get(socket) ?? {};
  connections.set(socket, state);
  const header = String(req.headers.authorization ?? '');
  const token = /^NTLM\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim())?.[1];
  if (!token) {
    if (state.user !== undefined) return sendJson(res, 200, { authenticated: true, message: 'NTLM: this connection is already signed in', user: state.user, domain: state.domain });
    return refuse(res, 'No NTLM message: the server asks for NTLM (WWW-Authenticate: NTLM). Choose NTLM in the Auth tab and send through the Local relay.');
  }
  const message = Buffer.from(token, 'base64');
  if (message.subarray(0, 8).toString('latin1') !== 'NTLMSSP\0' || message.length < 12) return refuse(res, 'That is not an NTLM message (it must start with NTLMSSP).');
  const type = message.readUInt32LE(8);
  if (type === 1) {
    state.challenge = randomBytes(8);
    delete state.user;
    return refuse(res, 'NTLM step 2 of 3: here is the challenge; answer it on this same connection.', challengeMessage(state.challenge));
  }
  if (type !== 3) return refuse(res, `Unexpected NTLM message type ${type}: send a NEGOTIATE (1), then an AUTHENTICATE (3).`);
  const challenge = state.challenge;
  delete state.challenge;
  if (!challenge) return refuse(res, 'An NTLM answer without a challenge on this connection: the three messages must share one connection (keep-alive).');
  const answer = parseAuthenticate(message);
  if (!answer) return refuse(res, 'The NTLM AUTHENTICATE message is too short.');
  if (answer.nt.length <= 24) return refuse(res, 'NTLMv1 answers are refused, as current Windows servers refuse them: answer with NTLMv2.');
  if (answer.user.toLowerCase() !== SANDBOX_NTLM.username || !ntlmV2Matches(answer, challenge)) {
    return refuse(res, `The NTLMv2 answer for “${answer.domain}\\${answer.user}” does not match: another user or password.`);
  }
  state.user = answer.user;
  state.domain = answer.domain;
  sendJson(res, 200, { authenticated: true, message: 'NTLM: signed in with NTLMv2', user: answer.user, domain: answer.domain, workstation: answer.workstation });
}
