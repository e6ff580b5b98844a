import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AssessmentHistory } from '@/components/assessment-history';
import { AssessmentBadge, ConfidenceBadge, LikelihoodBadge } from '@/components/badges';
import { Appearances, EvidenceSection } from '@/components/evidence';
import { JsonLd } from '@/components/json-ld';
import { Mdx } from '@/components/mdx';
import { PageMeta } from '@/components/page-meta';
import { ClaimLine, EmptyNote, Facts, PageTitle, Prose, Section } from '@/components/ui';
import { forThisShard, getClaim, getCorpus } from '@/lib/content/store';
import { excerpt, formatAsOf, formatDate } from '@/lib/model/format';
import { ASSESSMENT, CLAIM_KIND, RELATION } from '@/lib/model/scales';
import { SITE, orPlaceholder } from '@/lib/model/site';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return orPlaceholder(
    forThisShard(getCorpus().claims).map((c) => ({ id: c.id })),
    ['id'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = getClaim((await params).id);
  if (!claim) return {};
  return { title: claim.displayTitle, description: `${ASSESSMENT.get(claim.assessment).label}: ${excerpt(claim.statement)}`, alternates: { canonical: claim.href } };
}

export default async function ClaimPage({ params }: Props) {
  const claim = getClaim((await params).id);
  if (!claim) notFound();
  const { entities, places } = claim;
  const opinion = claim.assessment === 'opinion';

  return (
    <article>
      <PageTitle
        eyebrow={
          <>
            Claim · {CLAIM_KIND.get(claim.kind).label}
            {claim.attributed_to ? (
              <>
                {' '}
                · the view of{' '}
                <Link href={(claim.attributed_to.report ?? claim.attributed_to.entity)!.href}>{claim.attributed_to.name}</Link>
              </>
            ) : null}
          </>
        }
        title={claim.displayTitle}
      >
        <p className="max-w-3xl font-serif text-lg leading-relaxed">{claim.statement}</p>
      </PageTitle>

      <section aria-label="Assessment" className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900">
        <div className="flex flex-wrap items-center gap-2">
          <AssessmentBadge value={claim.assessment} className="text-sm" />
          {claim.likelihood ? <LikelihoodBadge value={claim.likelihood} /> : null}
          <ConfidenceBadge value={claim.confidence} />
        </div>
        <p className="mt-3 text-sm" data-testid="rationale">
          <span className="font-semibold">Why: </span>
          {claim.rationale}
        </p>
        <div className="mt-4">
          <Facts
            items={[
              ['About', formatAsOf(claim.as_of)],
              ['Kind', CLAIM_KIND.get(claim.kind).definition],
              ...(opinion ? ([['Likelihood', 'None: an opinion or recommendation is not true or false.']] as [string, string][]) : []),
              ['Last reviewed', formatDate(claim.reviewed)],
            ]}
          />
        </div>
      </section>

      {claim.appearsIn.length ? (
        <Section title={claim.appearsIn.length > 1 ? `Made in ${claim.appearsIn.length} reports` : 'Where this claim appears'} id="appears-in">
          <Appearances claim={claim} appearances={claim.appearsIn} />
        </Section>
      ) : null}

      <Section title="Evidence" count={claim.evidence.length}>
        <EvidenceSection claim={claim} />
      </Section>

      <Section title="Analyst notes" id="notes">
        <Prose>
          <Mdx tree={claim.tree} />
        </Prose>
      </Section>

      <AssessmentHistory history={claim.history} />

      {claim.related.length || claim.relatedBy.length ? (
        <Section title="Related claims" id="related">
          <ul className="divide-y divide-stone-200 dark:divide-stone-800">
            {claim.related.map((r) => (
              <ClaimLine key={`to-${r.claim.id}`} href={r.claim.href} title={r.claim.title} assessment={r.claim.assessment}>
                This claim {RELATION.get(r.relation).label.toLowerCase()} it{r.note ? `: ${r.note}` : ''}
              </ClaimLine>
            ))}
            {claim.relatedBy.map((r) => (
              <ClaimLine key={`from-${r.claim.id}`} href={r.claim.href} title={r.claim.title} assessment={r.claim.assessment}>
                It {RELATION.get(r.relation).label.toLowerCase()} this claim
              </ClaimLine>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title="Entities and places" id="entities">
        {entities.length + places.length === 0 ? (
          <EmptyNote>None recorded.</EmptyNote>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {[...entities, ...places].map((e) => (
              <li key={e.id}>
                <Link href={e.href} className="inline-block rounded border border-stone-300 px-2 py-0.5 text-sm no-underline hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
                  {e.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {claim.tags.length ? <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">Tags: {claim.tags.join(', ')}</p> : null}
      </Section>

      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          url: `${SITE.url}${claim.href}`,
          claimReviewed: claim.statement,
          datePublished: claim.reviewed,
          author: { '@type': 'Organization', name: SITE.name },
          name: claim.displayTitle,
          reviewRating: { '@type': 'Rating', alternateName: ASSESSMENT.get(claim.assessment).label },
          itemReviewed: {
            '@type': 'Claim',
            appearance: claim.appearsIn.map((a) => ({ '@type': 'CreativeWork', url: `${SITE.url}${a.report.href}`, name: a.report.title })),
          },
        }}
      />

      <PageMeta file={claim.file} changed={claim.lastChanged} />
    </article>
  );
}
