import Link from './link';
import type { ReactNode } from 'react';
import type { Report, ReusedPassage } from '@/lib/model/corpus';
import { formatDate, plural } from '@/lib/model/format';
import { AssessmentBadge } from './badges';
import { ClaimLine } from './ui';

/** A passage's text with its shared runs marked (as text, never as markup). */
export function MarkedRuns({ text, runs }: { text: string; runs: [number, number][] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of runs) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="bg-amber-200/70 text-inherit dark:bg-amber-700/50">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

const VERB: Record<ReusedPassage['direction'], string> = {
  copies: 'reproduces',
  'copied-by': 'is reproduced in',
  shares: 'shares its wording with',
};

/** "Paragraph 5 reproduces EUAA …, paragraph 1 (86 % of its words in shared runs of 8+ words)", with the runs marked. */
export function ReusedText({ report }: { report: Report }) {
  return (
    <ul className="space-y-4">
      {report.reused.map((r) => (
        <li key={`${r.label}-${r.other.id}`} data-testid="reused-passage">
          <p className="text-sm">
            <span className="font-semibold">
              {r.paragraph ? (
                <Link href={`#p${r.paragraph}`}>{r.label[0]!.toUpperCase() + r.label.slice(1)}</Link>
              ) : (
                r.label
              )}
            </span>{' '}
            {VERB[r.direction]} <Link href={r.other.href}>{r.other.title}</Link>
            {r.other.published ? ` (${formatDate(r.other.published)})` : ''}, {r.otherPassages.join(', ')}:{' '}
            {Math.round((100 * r.shared) / r.words)} % of its words are in shared runs of 8 or more words.
          </p>
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer subtle">Show the shared wording</summary>
            <p className="mt-2 border-l-4 border-amber-400 pl-3 font-serif leading-7">
              <MarkedRuns text={r.text} runs={r.runs} />
            </p>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** The claims of a report annotated by reference, in document order, each with the report's own words. */
export function AnchoredClaims({ report }: { report: Report }) {
  const first = new Set<string>();
  return (
    <ol className="space-y-5">
      {report.anchors.map((a, i) => {
        const isFirst = !first.has(a.claim.id);
        first.add(a.claim.id);
        return (
          <li key={i} id={isFirst ? `claim-${a.claim.id}` : undefined} data-testid="anchor" className="scroll-mt-20">
            <p className="text-sm muted">{a.locator}</p>
            <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 font-serif dark:border-stone-700">
              {a.prefix ? <span className="text-stone-500 dark:text-stone-400">…{a.prefix} </span> : null}
              <span className="italic">“{a.quote}”</span>
              {a.suffix ? <span className="text-stone-500 dark:text-stone-400"> {a.suffix}…</span> : null}
            </blockquote>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <AssessmentBadge value={a.claim.assessment} />
              <Link href={a.claim.href}>{a.claim.title}</Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** Which claims a report shares with each other report, where they conflict, and the comparison page. */
export function SharedClaims({ report }: { report: Report }) {
  return (
    <ul className="space-y-4">
      {report.comparisons.map((c) => (
        <li key={c.report.id} data-testid="shared-with">
          <p>
            Shares {plural(c.shared, 'claim')} with <Link href={c.report.href}>{c.report.title}</Link>
            {c.report.published ? ` (${formatDate(c.report.published)})` : ''} ·{' '}
            <Link href={c.href}>compare the two reports</Link>
          </p>
          {c.conflicts.length ? (
            <ul className="mt-2 divide-y divide-stone-200 text-sm dark:divide-stone-800">
              {c.conflicts.map((x) => (
                <ClaimLine
                  key={`${x.claim.id}-${x.by.id}`}
                  href={x.claim.href}
                  title={x.claim.title}
                  assessment={x.claim.assessment}
                >
                  Contradicted by its claim <Link href={x.by.href}>{x.by.title}</Link>
                </ClaimLine>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
