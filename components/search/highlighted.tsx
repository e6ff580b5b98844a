import type { HighlightedText } from '@/lib/search/highlight';
import { splitHighlighted } from '@/lib/search/highlight';

/** Text with the matched words in <mark>, built as React nodes from match ranges (never as HTML). */
export function Highlighted({ value }: { value: HighlightedText }) {
  return (
    <>
      {splitHighlighted(value).map((piece, i) =>
        piece.mark ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-500/40 dark:text-white">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
