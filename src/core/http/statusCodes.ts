import type { StatusClass, StatusColorToken, StatusInfo } from '../model';
import { rfc } from './spec';
import type { StatusEntry } from './statusCodes/entry';
import { CLIENT_ERROR } from './statusCodes/clientError';
import { INFORMATIONAL, SUCCESS } from './statusCodes/informationalSuccess';
import { REDIRECT } from './statusCodes/redirect';
import { SERVER_ERROR } from './statusCodes/serverError';
import { UNOFFICIAL_USES } from './statusCodes/unofficial';

const CLASS_BY_DIGIT: Record<number, StatusClass> = {
  1: 'informational',
  2: 'success',
  3: 'redirect',
  4: 'client-error',
  5: 'server-error',
};

const COLOR_BY_CLASS: Record<StatusClass, StatusColorToken> = {
  informational: 'info',
  success: 'success',
  redirect: 'accent',
  'client-error': 'warning',
  'server-error': 'danger',
};

/** The class of a status code by its first digit; null outside 100–599 (not a valid status). */
export function statusClass(code: number): StatusClass | null {
  if (!Number.isInteger(code) || code < 100 || code > 599) return null;
  return CLASS_BY_DIGIT[Math.floor(code / 100)] ?? null;
}

/** The theme colour for a code: use it as `var(--rl-<token>)`. */
export function statusColor(code: number): StatusColorToken {
  const cls = statusClass(code);
  return cls ? COLOR_BY_CLASS[cls] : 'muted';
}

function withClass(entry: StatusEntry): StatusInfo {
  return { ...entry, registered: true, statusClass: statusClass(entry.code), color: statusColor(entry.code) };
}

/** Every code in the IANA HTTP Status Code Registry, in order. */
export const STATUS_CODES: readonly StatusInfo[] = [
  ...INFORMATIONAL,
  ...SUCCESS,
  ...REDIRECT,
  ...CLIENT_ERROR,
  ...SERVER_ERROR,
].map(withClass);

const byCode = new Map(STATUS_CODES.map((s) => [s.code, s]));

const CLASS_TEXT: Record<StatusClass, { label: string; meaning: string; whatToDo: string[]; section: string }> = {
  informational: {
    label: 'Informational',
    meaning: 'An interim answer: the server is still working and a final response will follow on the same request.',
    whatToDo: ['Wait for the final response.'],
    section: '15.2',
  },
  success: {
    label: 'Success',
    meaning: 'The server received, understood and accepted the request.',
    whatToDo: ['Treat it like 200 OK and read the body.'],
    section: '15.3',
  },
  redirect: {
    label: 'Redirection',
    meaning: 'The client has to take another step, usually following the Location header, to complete the request.',
    whatToDo: ['Look for a Location header; if there is none, treat it like 300.'],
    section: '15.4',
  },
  'client-error': {
    label: 'Client error',
    meaning: 'The server thinks the problem lies in the request: fix it before sending it again.',
    whatToDo: ['Treat it like 400 Bad Request and read the body for details.'],
    section: '15.5',
  },
  'server-error': {
    label: 'Server error',
    meaning: 'The server knows it failed, or cannot do what was asked, although the request may have been fine.',
    whatToDo: ['Treat it like 500 Internal Server Error: retry later and report it if it persists.'],
    section: '15.6',
  },
};

/** A short human name of a class: "Client error". */
export function statusClassLabel(cls: StatusClass): string {
  return CLASS_TEXT[cls].label;
}

/** The registry entry for a code, or an explanation by class for unregistered ones. */
export function describeStatus(code: number): StatusInfo {
  const known = byCode.get(code);
  if (known) return known;

  const cls = statusClass(code);
  if (!cls) {
    return {
      code,
      reason: 'Invalid status code',
      registered: false,
      invalid: true,
      statusClass: null,
      color: 'muted',
      meaning: 'HTTP status codes are three-digit numbers from 100 to 599. This one is outside that range, so no client can tell what it means.',
      whatToDo: ['The server (or something in the middle) is misbehaving; report it.'],
      spec: rfc(9110, '15'),
    };
  }

  const text = CLASS_TEXT[cls];
  const unofficial = UNOFFICIAL_USES[code];
  return {
    code,
    reason: `Unregistered ${text.label.toLowerCase()}`,
    registered: false,
    statusClass: cls,
    color: COLOR_BY_CLASS[cls],
    meaning: `${code} is not in the IANA registry, so only its first digit carries a standard meaning. ${text.meaning}`,
    whatToDo: text.whatToDo,
    note: unofficial,
    spec: rfc(9110, text.section),
  };
}
