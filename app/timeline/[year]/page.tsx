import type { Metadata } from 'next';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { YearList, YearOverview } from '@/components/timeline';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { plural } from '@/lib/model/format';
import { orPlaceholder } from '@/lib/model/site';
import { claimsInTime, type TimedClaim, timelineYears, yearOfMonth } from '@/lib/model/timeline';
import { pageMetadata } from '@/lib/model/structured-data';

export const dynamicParams = false;

type Props = { params: Promise<{ year: string }> };

/** Every current claim, timed once per build worker. */
let cache: TimedClaim[] | undefined;
function allTimed(): TimedClaim[] {
  cache ??= claimsInTime(getCorpus().claims);
  return cache;
}

export function generateStaticParams() {
  return orPlaceholder(
    timelineYears(getCorpus().claims).map((year) => ({ year: String(year) })),
    ['year'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return pageMetadata({
    title: `Claims about ${year}`,
    description: `Every current claim about ${year}, month by month, with its verdict.`,
    path: `/timeline/${year}/`,
  });
}

export default async function YearPage({ params }: Props) {
  const year = Number((await params).year);
  const items = allTimed();
  const mine = items.filter((i) => yearOfMonth(i.start) === year);
  if (!mine.length) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/timeline/">Timeline</Link> › {year}
      </nav>
      <PageTitle title={`Claims about ${year}`}>
        <p>
          {plural(mine.length, 'claim')} whose time starts in {year}, earliest first.
        </p>
      </PageTitle>
      <YearOverview items={items} href={(y) => `/timeline/${y}/`} />
      <div className="mt-8">
        <YearList items={mine} idPrefix="y" headingLevel={2} />
      </div>
    </>
  );
}
