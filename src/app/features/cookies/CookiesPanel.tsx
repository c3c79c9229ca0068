import { useState } from 'react';
import { cookieStoreKey, type StoredCookie } from '../../../core/model';
import { useCookies } from '../../storage';
import { CookieForm } from './CookieForm';
import { clearCookies, deleteCookie } from './cookieMutations';
import { cookiesByDomain, expiryLabel } from './cookieView';
import { useExpiryTick } from './useExpiryTick';
import './cookies.css';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; cookie: StoredCookie };

/** The cookie jar: every cookie per domain, values masked until shown, add, edit, delete, clear. */
export function CookiesPanel() {
  const cookies = useCookies();
  useExpiryTick(cookies);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const [confirmClear, setConfirmClear] = useState(false);
  const groups = cookiesByDomain(cookies ?? []);
  const count = groups.reduce((n, [, list]) => n + list.length, 0);
  const toggle = (id: string) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="rl-panel rl-cookies">
      <h2 className="rl-panel-title">Cookies</h2>
      <p className="rl-note">
        Cookies that responses set through the Local relay are kept here and sent on later requests that match their domain and
        path. The Browser sender can't read or set them: the browser keeps its own cookies, apart from this jar.
      </p>
      {cookies && count === 0 && editing.kind === 'none' && <p className="rl-note">No cookies yet.</p>}
      {groups.map(([domain, list]) => (
        <section key={domain} aria-label={`Cookies for ${domain}`} className="rl-cookie-domain">
          <h3>{domain}</h3>
          <ul>
            {list.map((c) => {
              const id = cookieStoreKey(c);
              const visible = shown.has(id);
              return (
                <li key={id} className="rl-cookie">
                  <div className="rl-cookie-line">
                    <span className="rl-cookie-name">{c.key}</span>
                    <code className="rl-cookie-value" aria-label={visible ? `Value of ${c.key}` : `Value of ${c.key}, hidden`}>
                      {visible ? c.value : '••••••'}
                    </code>
                  </div>
                  <div className="rl-note rl-cookie-attrs">
                    {[c.path, expiryLabel(c), c.hostOnly === false ? 'and subdomains' : null, c.secure ? 'Secure' : null, c.httpOnly ? 'HttpOnly' : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                  <div className="rl-cookie-actions">
                    <button type="button" aria-pressed={visible} onClick={() => toggle(id)} aria-label={`Show value of ${c.key}`}>
                      Show
                    </button>
                    <button type="button" onClick={() => setEditing({ kind: 'edit', cookie: c })} aria-label={`Edit ${c.key}`}>
                      Edit
                    </button>
                    <button type="button" onClick={() => void deleteCookie(c).catch(() => undefined)} aria-label={`Delete ${c.key}`}>
                      Delete
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {editing.kind !== 'none' ? (
        <CookieForm
          key={editing.kind === 'edit' ? cookieStoreKey(editing.cookie) : 'new'}
          {...(editing.kind === 'edit' ? { cookie: editing.cookie } : {})}
          onDone={() => setEditing({ kind: 'none' })}
        />
      ) : (
        <div className="rl-cookie-actions">
          <button type="button" onClick={() => setEditing({ kind: 'new' })}>
            Add cookie
          </button>
          {count > 0 && !confirmClear && (
            <button type="button" onClick={() => setConfirmClear(true)}>
              Clear all cookies
            </button>
          )}
        </div>
      )}
      {confirmClear && (
        <div role="group" aria-label="Confirm clearing cookies" className="rl-cookie-actions">
          <span>Delete all {count} cookies?</span>
          <button type="button" onClick={() => void clearCookies().catch(() => undefined).finally(() => setConfirmClear(false))}>
            Delete all
          </button>
          <button type="button" onClick={() => setConfirmClear(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
