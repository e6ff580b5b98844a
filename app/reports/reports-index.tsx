import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/components/link';
import { Pager } from '@/components/pager';
import { SourcingProfile } from '@/components/sourcing-profile';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { formatCount, formatDate, plural } from '@/lib/model/format';
import { indexHref, indexPage } from '@/lib/model/paging';
import { REPORT_KIND } from '@/lib/model/scales';
import { pageMetadata } from '@/lib/model/structured-data';

export function reportsIndexMetadata(n: number): Metadata {
  return pageMetadata({
    title: n > 1 ? `Reports, page ${n}` : 'Reports',
    description: 'Every report under annotation, with its sourcing profile.',
    path: indexHref('report', n),
  });
}

/** Page `n` of the reports index: each report with its sourcing profile, twenty a page. */
export function ReportsIndex({ n }: { n: number }) {
  const { reports } = getCorpus();
  const page = indexPage('report', reports, n);
  if (!page) notFound();
  return (
    <>
      <PageTitle title={n > 1 ? `Reports, page ${n}` : 'Reports'}>
        <p className="max-w-3xl">
          Documents broken into their claims. Each shows its text with every claim marked, and how well its claims hold
          up.
        </p>
        {page.pages > 1 ? (
          <p className="mt-2 text-sm muted">{`Reports ${formatCount(page.first)}–${formatCount(page.last)} of ${formatCount(page.total)}.`}</p>
        ) : null}
      </PageTitle>
      <ul className="space-y-8">
        {page.items.map((r) => (
          <li key={r.id} className="grid gap-4 lg:grid-cols-[1fr_minmax(0,22rem)]">
            <div>
              <h2 className="font-serif text-2xl font-semibold">
                <Link href={r.href}>{r.title}</Link>
              </h2>
              <p className="mt-1 text-sm muted">
                {REPORT_KIND.get(r.kind).label} · {r.publisher} ·{' '}
                {r.published ? formatDate(r.published) : 'date unknown'} · {plural(r.claims.length, 'claim')}
              </p>
              <p className="mt-2">{r.summary}</p>
            </div>
            <SourcingProfile
              profile={r.profile}
              title="Sourcing profile"
              id={`profile-${r.id}`}
              label={`Sourcing profile: ${r.title}`}
            />
          </li>
        ))}
      </ul>
      <Pager type="report" current={page.page} total={page.pages} label="Pages of reports" />
    </>
  );
}
