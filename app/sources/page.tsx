import type { Metadata } from 'next';
import Link from '@/components/link';
import { ReliabilityBadge } from '@/components/badges';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { formatDate, plural } from '@/lib/model/format';
import { SOURCE_KIND } from '@/lib/model/scales';
import { pageMetadata } from '@/lib/model/structured-data';

export const metadata: Metadata = pageMetadata({ title: 'Sources', description: 'Every source cited as evidence, with its reliability.', path: '/sources/' });

export default function SourcesPage() {
  const { sources } = getCorpus();
  const byKind = SOURCE_KIND.ids.map((k) => [k, sources.filter((s) => s.kind === k)] as const).filter(([, list]) => list.length);
  return (
    <>
      <PageTitle title="Sources">
        <p className="max-w-3xl">
          {plural(sources.length, 'source')} cited as evidence. Each is rated for reliability on the Admiralty scale (A–F) with a one-line reason; each page lists the claims that cite it and with what stance.
        </p>
      </PageTitle>
      {byKind.map(([kind, list]) => (
        <section key={kind} aria-labelledby={`h-${kind}`} className="mt-8">
          <h2 id={`h-${kind}`} className="mb-2 border-b border-stone-200 pb-1 text-xl font-semibold dark:border-stone-800">
            {SOURCE_KIND.get(kind).label} <span className="text-base font-normal muted">({list.length})</span>
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
    </>
  );
}
