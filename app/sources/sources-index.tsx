import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/components/link';
import { ReliabilityBadge } from '@/components/badges';
import { Pager } from '@/components/pager';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { formatCount, formatDate, plural } from '@/lib/model/format';
import { indexHref, indexPage } from '@/lib/model/paging';
import { SOURCE_KIND } from '@/lib/model/scales';
import { pageMetadata } from '@/lib/model/structured-data';

export function sourcesIndexMetadata(n: number): Metadata {
  return pageMetadata({
    title: n > 1 ? `Sources, page ${n}` : 'Sources',
    description: 'Every source cited as evidence, with its reliability.',
    path: indexHref('source', n),
  });
}

/** Page `n` of the sources index: sources grouped by kind, a hundred a page. */
export function SourcesIndex({ n }: { n: number }) {
  const { sources } = getCorpus();
  const ordered = SOURCE_KIND.ids.flatMap((k) => sources.filter((s) => s.kind === k));
  const page = indexPage('source', ordered, n);
  if (!page) notFound();
  const perKind = new Map(SOURCE_KIND.ids.map((k) => [k, ordered.filter((s) => s.kind === k).length]));
  const byKind = SOURCE_KIND.ids
    .map((k) => [k, page.items.filter((s) => s.kind === k)] as const)
    .filter(([, list]) => list.length);
  return (
    <>
      <PageTitle title={n > 1 ? `Sources, page ${n}` : 'Sources'}>
        <p className="max-w-3xl">
          {plural(sources.length, 'source')} cited as evidence. Each is rated for reliability on the Admiralty scale
          (A–F) with a one-line reason; each page lists the claims that cite it and with what stance.
        </p>
        {page.pages > 1 ? (
          <p className="mt-2 text-sm muted">{`Sources ${formatCount(page.first)}–${formatCount(page.last)} of ${formatCount(page.total)}, by kind.`}</p>
        ) : null}
      </PageTitle>
      {byKind.map(([kind, list]) => (
        <section key={kind} aria-labelledby={`h-${kind}`} className="mt-8">
          <h2
            id={`h-${kind}`}
            className="mb-2 border-b border-stone-200 pb-1 text-xl font-semibold dark:border-stone-800"
          >
            {SOURCE_KIND.get(kind).label}{' '}
            <span className="text-base font-normal muted">({formatCount(perKind.get(kind)!)})</span>
          </h2>
          <ul className="rows">
            {list.map((s) => (
              <li key={s.id} className="claim-row">
                <ReliabilityBadge value={s.reliability} withLabel={false} />
                <div className="min-w-0">
                  <Link href={s.href} className="font-medium">
                    {s.title}
                  </Link>
                  <p className="text-sm muted">
                    {s.publisher} · {formatDate(s.published)} · cited by {plural(s.citedBy.length, 'claim')}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pager type="source" current={page.page} total={page.pages} label="Pages of sources" />
    </>
  );
}
