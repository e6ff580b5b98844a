import type { Metadata } from 'next';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { AssessmentBadge } from '@/components/badges';
import { ClaimLine, EmptyNote, PageTitle, Section } from '@/components/ui';
import { forThisShard, getComparison, getCorpus, getReport } from '@/lib/content/store';
import type { ClaimRef, Comparison, ReportRef } from '@/lib/model/corpus';
import { formatDate, plural } from '@/lib/model/format';
import { RELATION } from '@/lib/model/scales';
import { orPlaceholder } from '@/lib/model/site';
import { pageMetadata } from '@/lib/model/structured-data';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string; other: string }> };

/** One page per pair of reports that share a claim, at /reports/<a>/vs/<b>/ with a before b by id. */
export function generateStaticParams() {
  return orPlaceholder(
    forThisShard(
      getCorpus().comparisons.map((c) => ({ id: `${c.a.id}/${c.b.id}`, params: { id: c.a.id, other: c.b.id } })),
    ).map((c) => c.params),
    ['id', 'other'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, other } = await params;
  const c = getComparison(id, other);
  if (!c) return {};
  return pageMetadata({
    title: `${c.a.title} vs ${c.b.title}`,
    description: `${plural(c.both.length, 'claim')} in common, ${c.conflicts.length} in conflict.`,
    path: c.href,
  });
}

const dated = (r: ReportRef) => `${r.title}${r.published ? ` (${formatDate(r.published)})` : ''}`;

function Claims({ claims, empty }: { claims: ClaimRef[]; empty: string }) {
  return claims.length ? (
    <ul className="rows">
      {claims.map((c) => (
        <ClaimLine key={c.id} href={c.href} title={c.title} assessment={c.assessment} />
      ))}
    </ul>
  ) : (
    <EmptyNote>{empty}</EmptyNote>
  );
}

function Pairs({ pairs, c }: { pairs: Comparison['conflicts']; c: Comparison }) {
  return (
    <ul className="rows">
      {pairs.map((p) => (
        <li key={`${p.a.id}-${p.b.id}`} className="grid gap-3 py-3 md:grid-cols-2" data-testid="claim-pair">
          {[
            [c.a, p.a],
            [c.b, p.b],
          ].map(([report, claim]) => (
            <div key={claim!.id} className="min-w-0">
              <p className="text-xs muted">{report!.title}</p>
              <p className="mt-1 flex flex-wrap items-center gap-2">
                <AssessmentBadge value={(claim as ClaimRef).assessment} />
                <Link href={claim!.href}>{(claim as ClaimRef).title}</Link>
              </p>
            </div>
          ))}
          <p className="text-sm text-stone-700 md:col-span-2 dark:text-stone-300">
            {RELATION.get(p.relation).label}
            {p.a.assessment === p.b.assessment ? ': the verdicts agree.' : ': the verdicts differ.'}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function ComparisonPage({ params }: Props) {
  const { id, other } = await params;
  const c = getComparison(id, other);
  const a = getReport(id);
  if (!c || !a) notFound();
  return (
    <article>
      <PageTitle eyebrow={<>Reports compared</>} title={`${c.a.title} and ${c.b.title}`}>
        <p className="max-w-3xl">
          <Link href={c.a.href}>{dated(c.a)}</Link> and <Link href={c.b.href}>{dated(c.b)}</Link>:{' '}
          {plural(c.both.length, 'claim')} in common, {plural(c.conflicts.length, 'claim')} in conflict,{' '}
          {c.onlyA.length} and {c.onlyB.length} made by only one of them.
        </p>
      </PageTitle>

      <Section title="Claims both make" id="both" count={c.both.length}>
        <p className="mb-2 text-sm subtle">
          One claim, one assessment: each claim page shows both reports&rsquo; wording side by side.
        </p>
        <Claims claims={c.both} empty="None." />
      </Section>

      <Section title="Claims in conflict" id="conflicts" count={c.conflicts.length}>
        {c.conflicts.length ? (
          <Pairs pairs={c.conflicts} c={c} />
        ) : (
          <EmptyNote>No claim of one report contradicts a claim of the other.</EmptyNote>
        )}
      </Section>

      {c.related.length ? (
        <Section title="Related claims" id="related" count={c.related.length}>
          <Pairs pairs={c.related} c={c} />
        </Section>
      ) : null}

      <div className="grid gap-x-8 md:grid-cols-2">
        <Section title={`Only in ${c.a.title}`} id="only-a" count={c.onlyA.length}>
          <Claims claims={c.onlyA} empty="None." />
        </Section>
        <Section title={`Only in ${c.b.title}`} id="only-b" count={c.onlyB.length}>
          <Claims claims={c.onlyB} empty="None." />
        </Section>
      </div>
    </article>
  );
}
