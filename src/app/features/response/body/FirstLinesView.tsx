import { memo, useMemo } from 'react';
import { firstLines } from './firstLines';

interface Props {
  bytes: Uint8Array;
  charset?: string;
  /** False while the body still downloads (or only its first part is given): the last line may be cut. */
  complete: boolean;
  label?: string;
}

/**
 * The first lines of a body as plain text, shown at once: while the rest downloads, or while the
 * worker formats it. Memoised on the bytes, so progress re-renders around it cost nothing.
 */
export const FirstLinesView = memo(function FirstLinesView({ bytes, charset, complete, label = 'First lines' }: Props) {
  const { lines } = useMemo(() => firstLines(bytes, { charset, complete }), [bytes, charset, complete]);
  if (lines.length === 0) return null;
  return (
    <pre className="rl-pre rl-body-pre rl-first-lines" aria-label={label}>
      {lines.join('\n')}
    </pre>
  );
});
