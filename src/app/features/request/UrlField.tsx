import { isServerRelative, validateUrl } from '../../../core/url';
import { pageOrigin } from '../../state/prepareContext';
import { onUrlPaste } from '../import';
import { URL_FIELD_ID } from '../../state/focusUrl';

export function urlError(url: string): string | null {
  const check = validateUrl(url, pageOrigin());
  return check.ok ? null : check.message;
}

export function UrlField({ value, onChange }: { value: string; onChange: (url: string) => void }) {
  // An empty field is not an error yet: the person has not typed anything.
  const error = value.trim() === '' ? null : urlError(value);
  const origin = pageOrigin();
  const ownServer = !error && origin && isServerRelative(value.trim()) ? origin : null;
  const describedBy = error ? 'rl-url-error' : ownServer ? 'rl-url-note' : undefined;
  return (
    <span className="rl-url">
      <input
        id={URL_FIELD_ID}
        type="text"
        aria-label="URL"
        value={value}
        placeholder="https://example.com/path or {{baseUrl}}/path"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onPaste={onUrlPaste}
      />
      {error && (
        <span id="rl-url-error" className="rl-error-text rl-field-error">
          {error}
        </span>
      )}
      {ownServer && (
        <span id="rl-url-note" className="rl-note rl-field-error">
          Goes to this Reqlab server: {ownServer}
          {value.trim()}
        </span>
      )}
    </span>
  );
}
