import Link from './link';
import type { CollectionType } from '@/lib/model/collections';
import { indexHref } from '@/lib/model/paging';

/** Which page numbers to show: the first, the last, and the current one with two either side. */
function window(current: number, total: number): (number | '…')[] {
  const shown = new Set(
    [1, total, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= total),
  );
  const out: (number | '…')[] = [];
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n > last + 1) out.push('…');
    out.push(n);
    last = n;
  }
  return out;
}

/** Links between the static pages of an index. */
export function Pager({
  type,
  current,
  total,
  label,
}: {
  type: CollectionType;
  current: number;
  total: number;
  label: string;
}) {
  if (total <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-2 text-sm print:hidden" data-testid="pager">
      {current > 1 ? (
        <Link href={indexHref(type, current - 1)} rel="prev" className="chip">
          ← Previous
        </Link>
      ) : null}
      {window(current, total).map((n, i) =>
        n === '…' ? (
          <span key={`gap-${i}`} aria-hidden="true">
            …
          </span>
        ) : n === current ? (
          <span key={n} aria-current="page" aria-label={`Page ${n}`} className="chip font-semibold">
            {n}
          </span>
        ) : (
          <Link key={n} href={indexHref(type, n)} className="chip" aria-label={`Page ${n}`}>
            {n}
          </Link>
        ),
      )}
      {current < total ? (
        <Link href={indexHref(type, current + 1)} rel="next" className="chip">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
