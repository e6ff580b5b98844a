import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/model/structured-data';
import Link from '@/components/link';
import { AssessmentBadge } from '@/components/badges';
import { EmptyNote, PageTitle, Section } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { formatDate } from '@/lib/model/format';
import { CLAIM_KIND } from '@/lib/model/scales';

export const metadata: Metadata = pageMetadata({
  title: 'Due for review',
  description: 'Claims past their review date, longest overdue first.',
  path: '/review/',
});

/** How many of the next claims to fall due are listed when none is due. */
const UPCOMING = 10;

export default function ReviewPage() {
  const { dueForReview, claims, build } = getCorpus();
  const upcoming = claims
    .filter((c) => !c.status && !c.dueForReview)
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy))
    .slice(0, UPCOMING);
  return (
    <>
      <PageTitle title="Due for review">
        <p className="max-w-3xl">
          Each claim is checked again by a date: its own <code>review_by</code>, or its last review plus the period for
          its kind (<Link href="/methodology/#h-review">see the methodology</Link>). This list was made when the site
          was built, on {formatDate(build.date)}: longest overdue first.
        </p>
      </PageTitle>
      <Section title="Past their review date" id="due" count={dueForReview.length}>
        {dueForReview.length ? (
          <ol className="rows" data-testid="due-list">
            {dueForReview.map((d) => (
              <li key={d.claim.id} className="claim-row">
                <AssessmentBadge value={d.claim.assessment} className="self-start" />
                <div className="min-w-0">
                  <Link href={d.claim.href} className="block font-medium">
                    {d.claim.title}
                  </Link>
                  <p className="text-sm subtle">
                    {CLAIM_KIND.get(d.claim.kind).label} · due {formatDate(d.reviewBy)} · last reviewed{' '}
                    {formatDate(d.reviewed)}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyNote>No claim is past its review date.</EmptyNote>
        )}
      </Section>
      {upcoming.length ? (
        <Section title="Next to fall due" id="upcoming">
          <ol className="list-decimal space-y-1 pl-6 text-sm">
            {upcoming.map((c) => (
              <li key={c.id}>
                <Link href={c.href}>{c.displayTitle}</Link> · {formatDate(c.reviewBy)}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
    </>
  );
}
