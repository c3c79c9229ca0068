/** A request's method in its colour. Colour is never the only signal: the method is the text. */
export function MethodBadge({ method, className = '', hidden = false }: { method: string; className?: string; hidden?: boolean }) {
  return (
    <span className={`rl-method-badge rl-method-${method.toLowerCase()} ${className}`.trim()} aria-hidden={hidden || undefined}>
      {method}
    </span>
  );
}
