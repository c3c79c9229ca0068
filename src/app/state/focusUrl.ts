/** The one URL field of the active request (the request editor gives it this id). */
export const URL_FIELD_ID = 'rl-url-field';

export function focusUrlField(): boolean {
  const field = document.getElementById(URL_FIELD_ID);
  if (!(field instanceof HTMLInputElement)) return false;
  field.focus();
  field.select();
  return true;
}
