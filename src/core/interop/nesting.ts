/**
 * Bounds on the shape of a document, checked before anything recursive (JSON.parse's consumers,
 * the YAML parser, zod, our importers) walks it: a file written to nest 20,000 levels deep, or a
 * YAML anchor that contains itself, is refused with a sentence instead of exhausting the stack.
 * Real collections and specs nest a few dozen levels.
 */
export const MAX_NESTING = 256;

/**
 * Deepest bracket nesting of a text, counting brackets inside strings too: an upper bound that
 * no stray quote can hide, used only on text that is not valid JSON. Linear, no recursion.
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

/** Nesting depth of parsed data (arrays and objects). Iterative; cycles are not followed twice. */
export function valueDepth(root: unknown): number {
  let max = 0;
  const seen = new WeakSet<object>();
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (!value || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    max = Math.max(max, depth);
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push([child, depth + 1]);
  }
  return max;
}

/** YAML block nesting, estimated from indentation and compact sequences (`- - - x`) per line. */
export function yamlBlockDepth(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const dashes = /^(?:-\s+)*/.exec(line.trimStart())![0].replace(/\s+/g, '').length;
    max = Math.max(max, indent / 2 + dashes);
  }
  return Math.ceil(max);
}

/** True when the value contains itself (a YAML alias inside its own anchor). Iterative. */
export function hasCycle(root: unknown): boolean {
  const done = new WeakSet<object>();
  const onPath = new WeakSet<object>();
  const stack: { value: object; children: unknown[]; next: number }[] = [];
  const enter = (value: unknown): boolean => {
    if (!value || typeof value !== 'object') return false;
    if (onPath.has(value)) return true;
    if (done.has(value)) return false;
    onPath.add(value);
    stack.push({ value, children: Array.isArray(value) ? value : Object.values(value), next: 0 });
    return false;
  };
  if (enter(root)) return true;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.children.length) {
      if (enter(top.children[top.next++])) return true;
    } else {
      stack.pop();
      onPath.delete(top.value);
      done.add(top.value);
    }
  }
  return false;
}
