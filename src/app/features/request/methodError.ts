export const STANDARD_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
/** RFC 9110 `token`: what a method name may contain. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function methodError(method: string): string | null {
  if (method.trim() === '') return 'Enter a method, for example GET.';
  if (!TOKEN.test(method.trim())) return 'A method is one word of letters, digits or !#$%&\'*+-.^_`|~ (no spaces).';
  return null;
}

/** The standard methods a typed prefix can still become; all of them when the text is empty or already one. */
export function methodChoices(typed: string): string[] {
  const prefix = typed.trim().toUpperCase();
  if (prefix === '' || STANDARD_METHODS.includes(prefix)) return STANDARD_METHODS;
  return STANDARD_METHODS.filter((m) => m.startsWith(prefix));
}
