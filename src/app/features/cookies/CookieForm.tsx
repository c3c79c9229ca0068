import { useId, useState } from 'react';
import { cookieExpiresAt, type StoredCookie } from '../../../core/model';
import { cookieProblem, parseStoredCookie } from '../../../core/workspace/cookieSchema';
import { saveCookie } from './cookieMutations';

interface Draft {
  key: string;
  value: string;
  domain: string;
  path: string;
  /** `datetime-local` text; empty for a session cookie. */
  expires: string;
  subdomains: boolean;
  secure: boolean;
  httpOnly: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
function localInput(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function draftOf(c?: StoredCookie): Draft {
  return {
    key: c?.key ?? '',
    value: c?.value ?? '',
    domain: c?.domain ?? '',
    path: c?.path ?? '/',
    expires: c ? localInput(cookieExpiresAt(c)) : '',
    subdomains: c ? c.hostOnly === false : false,
    secure: c?.secure ?? false,
    httpOnly: c?.httpOnly ?? false,
  };
}

function cookieOf(d: Draft, was?: StoredCookie): unknown {
  const now = new Date().toISOString();
  const { maxAge: _dropped, ...kept } = was ?? ({} as Partial<StoredCookie>);
  return {
    ...kept,
    key: d.key.trim(),
    value: d.value,
    domain: d.domain.trim(),
    path: d.path.trim(),
    ...(d.expires ? { expires: new Date(d.expires).toISOString() } : { expires: 'Infinity' }),
    hostOnly: !d.subdomains,
    secure: d.secure,
    httpOnly: d.httpOnly,
    creation: was?.creation ?? now,
    lastAccessed: now,
  };
}

/** Adds a cookie or edits one; the message names the field that is wrong, and nothing is saved until it is right. */
export function CookieForm({ cookie, onDone }: { cookie?: StoredCookie; onDone: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(cookie));
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async () => {
    const raw = cookieOf(draft, cookie);
    const bad = cookieProblem(raw) ?? (draft.expires && Number.isNaN(Date.parse(draft.expires)) ? 'Expires is not a date.' : null);
    const parsed = bad ? null : parseStoredCookie(raw);
    if (!parsed) {
      setProblem(bad ?? 'This cookie cannot be stored.');
      return;
    }
    try {
      await saveCookie(parsed, cookie);
      onDone();
    } catch {
      setProblem('The cookie could not be saved; the message at the top says why.');
    }
  };
  const text = (label: string, field: 'key' | 'value' | 'domain' | 'path', placeholder?: string) => (
    <label className="rl-field">
      <span>{label}</span>
      <input value={draft[field]} placeholder={placeholder} spellCheck={false} autoComplete="off" onChange={(e) => set({ [field]: e.target.value })} aria-describedby={problem ? errorId : undefined} />
    </label>
  );
  const check = (label: string, field: 'subdomains' | 'secure' | 'httpOnly') => (
    <label className="rl-check">
      <input type="checkbox" checked={draft[field]} onChange={(e) => set({ [field]: e.target.checked })} />
      <span>{label}</span>
    </label>
  );
  return (
    <form
      className="rl-form rl-cookie-form"
      aria-label={cookie ? `Edit cookie ${cookie.key}` : 'New cookie'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {text('Name', 'key')}
      {text('Value', 'value')}
      {text('Domain', 'domain', 'api.example.com')}
      {text('Path', 'path')}
      <label className="rl-field">
        <span>Expires (empty: when the session ends)</span>
        <input type="datetime-local" value={draft.expires} onChange={(e) => set({ expires: e.target.value })} />
      </label>
      {check('Include subdomains', 'subdomains')}
      {check('Secure (https only)', 'secure')}
      {check('HttpOnly', 'httpOnly')}
      {problem && (
        <p className="rl-error-text" role="alert" id={errorId}>
          {problem}
        </p>
      )}
      <div className="rl-cookie-actions">
        <button type="submit">{cookie ? 'Save cookie' : 'Add cookie'}</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
