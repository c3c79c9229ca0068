import { isServerRelative, validateUrl } from '../../../core/url';
import { pageOrigin } from '../../state/prepareContext';
import { onUrlPaste } from '../import';
import { URL_FIELD_ID } from '../../state/focusUrl';
import type { VariableLookup } from '../../../core/variables';
import { VariableInput } from '../../components/variableInput/VariableInput';

export function urlError(url: string): string | null {
  const check = validateUrl(url, pageOrigin());
  return check.ok ? null : check.message;
}

export function UrlField({ value, onChange, lookup }: { value: string; onChange: (url: string) => void; lookup: VariableLookup | null }) {
  // An empty field is not an error yet: the person has not typed anything.
  const error = value.trim() === '' ? null : urlError(value);
  const origin = pageOrigin();
  const ownServer = !error && origin && isServerRelative(value.trim()) ? origin : null;
  const describedBy = error ? 'rl-url-error' : ownServer ? 'rl-url-note' : undefined;
  return (
    <span className="rl-url">
      <VariableInput
        lookup={lookup}
        id={URL_FIELD_ID}
        type="text"
        aria-label="URL"
        value={value}
        placeholder="https://example.com/path or {{baseUrl}}/path"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={onChange}
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
