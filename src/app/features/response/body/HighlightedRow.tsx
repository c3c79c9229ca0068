import { tokenizeJsonRow } from '../../../../core/format/jsonTokens';

/** One JSON row with token colours; rows are short (≤ 4 KB), so this stays cheap. */
export function HighlightedRow({ text }: { text: string }) {
  return (
    <span>
      {tokenizeJsonRow(text).map((t, i) =>
        t.kind === 'plain' ? t.text : (
          <span key={i} className={`rl-tok-${t.kind}`}>
            {t.text}
          </span>
        ),
      )}
    </span>
  );
}
