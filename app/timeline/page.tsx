import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/model/structured-data';
import Link from '@/components/link';
import { YearList, YearOverview } from '@/components/timeline';
import { PageTitle, Section } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { claimsInTime } from '@/lib/model/timeline';

export const metadata: Metadata = pageMetadata({
  title: 'Timeline',
  description: 'Every claim placed at the time it is about, year by year, with its verdict.',
  path: '/timeline/',
});

/** Claims shown per year here; each year's own page lists them all. */
const PER_YEAR = 12;

export default function TimelinePage() {
  const items = claimsInTime(getCorpus().claims);
  return (
    <>
      <PageTitle title="Timeline">
        <p className="max-w-3xl">
          Every current claim placed at the time it is <em>about</em> (its “as of” date), not when a report made it. A
          claim about a span of time is placed at its start. Pick a year to see all of its claims; superseded and
          withdrawn claims are left out.
        </p>
      </PageTitle>
      <YearOverview items={items} href={(y) => `/timeline/${y}/`} />
      <Section title="Year by year" id="years">
        <YearList items={items} idPrefix="y" perYear={PER_YEAR} yearHref={(y) => `/timeline/${y}/`} />
      </Section>
      <p className="mt-8 text-sm">
        <Link href="/review/">Claims due for review</Link>
      </p>
    </>
  );
}
