import type { Metadata } from 'next';
import Link from '@/components/link';
import { AssessmentBadge } from '@/components/badges';
import { SourcingProfile } from '@/components/sourcing-profile';
import { ClaimLine, Section } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { formatCount, formatDate, plural } from '@/lib/model/format';
import { ASSESSMENT } from '@/lib/model/scales';
import { SITE } from '@/lib/model/site';
import { pageMetadata } from '@/lib/model/structured-data';

export const metadata: Metadata = pageMetadata({
  title: `${SITE.name}: annotated reports and claims`,
  absoluteTitle: true,
  description: SITE.tagline,
  path: '/',
});

/** The home page lists this many reports, then links to the index of all of them. */
const HOME_REPORTS = 10;

export default function HomePage() {
  const { claims: all, sources, entities, reports, profile: counts } = getCorpus();
  // Superseded and withdrawn claims keep their pages but are not counted.
  const claims = all.filter((c) => !c.status);
  const latest = [...claims].sort((a, b) => b.reviewed.localeCompare(a.reviewed)).slice(0, 8);

  return (
    <>
      <section className="max-w-3xl">
        <h1 className="font-serif text-4xl font-bold leading-tight tracking-tight sm:text-5xl">{SITE.name}</h1>
        <p className="mt-4 text-lg leading-relaxed">
          Reports mix solid fact, second-hand hearsay and advocacy. {SITE.name} breaks each report into its claims and
          records, for every claim, what it says, which sources support or contradict it, and how confident we are,
          using the scales analysts already use.
        </p>
        <p className="mt-3 subtle">
          <Link href="/methodology/">How we assess claims</Link> · <Link href="/search/">Search everything</Link>
        </p>
      </section>

      <dl className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-4" aria-label="What the knowledge base holds">
        {(
          [
            ['Reports', reports.length, '/reports/'],
            ['Claims', claims.length, '/claims/'],
            ['Sources', sources.length, '/sources/'],
            ['Entities', entities.length, '/entities/'],
          ] as const
        ).map(([label, n, href]) => (
          <div key={label} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
            <dt className="text-sm muted">
              <Link href={href}>{label}</Link>
            </dt>
            <dd className="text-3xl font-bold">{formatCount(n)}</dd>
          </div>
        ))}
      </dl>

      <div className="mt-10 grid gap-8 lg:grid-cols-[1fr_minmax(0,22rem)]">
        <div>
          <Section title="Reports" id="reports">
            <ul className="space-y-4">
              {reports.slice(0, HOME_REPORTS).map((r) => (
                <li key={r.id}>
                  <Link href={r.href} className="font-serif text-xl font-semibold">
                    {r.title}
                  </Link>
                  <p className="text-sm muted">
                    {r.publisher} · {r.published ? formatDate(r.published) : 'date unknown'} ·{' '}
                    {plural(r.claims.length, 'claim')}
                  </p>
                  <p className="mt-1">{r.summary}</p>
                </li>
              ))}
            </ul>
            {reports.length > HOME_REPORTS ? (
              <p className="mt-4">
                <Link href="/reports/">All {plural(reports.length, 'report')} →</Link>
              </p>
            ) : null}
          </Section>
          <Section title="Latest reviewed claims" id="latest">
            <ul className="rows">
              {latest.map((c) => (
                <ClaimLine key={c.id} href={c.href} title={c.displayTitle} assessment={c.assessment}>
                  Reviewed {formatDate(c.reviewed)}
                </ClaimLine>
              ))}
            </ul>
            <p className="mt-3">
              <Link href="/claims/">All {claims.length} claims →</Link> · <Link href="/timeline/">in time</Link> ·{' '}
              <Link href="/review/">due for review</Link>
            </p>
          </Section>
        </div>
        <aside className="space-y-4">
          <SourcingProfile profile={counts} title="All claims by assessment" />
          <nav
            aria-label="Claims by assessment"
            className="rounded-lg border border-stone-200 p-4 text-sm dark:border-stone-800"
          >
            <p className="mb-2 font-semibold">Browse by assessment</p>
            <ul className="space-y-2">
              {ASSESSMENT.ids.map((a) => (
                <li key={a}>
                  <Link href={`/claims/?assessment=${a}`} className="no-underline hover:underline">
                    <AssessmentBadge value={a} /> <span className="ml-1">{counts[a]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
      </div>
    </>
  );
}
