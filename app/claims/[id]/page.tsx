import type { Metadata } from 'next';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { AssessmentHistory } from '@/components/assessment-history';
import { AssessmentBadge, ConfidenceBadge, LikelihoodBadge } from '@/components/badges';
import { CiteThis } from '@/components/cite-this';
import { DueBadge, StatusBadge, StatusBanner } from '@/components/claim-status';
import { LocalGraph } from '@/components/local-graph';
import { Appearances, EvidenceSection } from '@/components/evidence';
import { Mdx } from '@/components/mdx';
import { PageMeta } from '@/components/page-meta';
import { ClaimLine, EmptyNote, Facts, PageTitle, Prose, Section } from '@/components/ui';
import { forThisShard, getClaim, getCorpus } from '@/lib/content/store';
import { formatAsOf, formatDate } from '@/lib/model/format';
import { claimNeighbourhood } from '@/lib/model/graph';
import { CLAIM_KIND, RELATION } from '@/lib/model/scales';
import { orPlaceholder } from '@/lib/model/site';
import { claimDescription, pageMetadata } from '@/lib/model/structured-data';

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
  return pageMetadata({
    title: claim.displayTitle,
    description: claimDescription(claim),
    path: claim.href,
    type: 'article',
    modified: claim.lastChanged?.date,
  });
}

export default async function ClaimPage({ params }: Props) {
  const claim = getClaim((await params).id);
  if (!claim) notFound();
  const { entities, places } = claim;
  const opinion = claim.assessment === 'opinion';

  return (
    <article>
      <StatusBanner claim={claim} />
      <PageTitle
        eyebrow={
          <>
            Claim · {CLAIM_KIND.get(claim.kind).label}
            {claim.attributed_to ? (
              <>
                {' '}
                · the view of{' '}
                <Link href={(claim.attributed_to.report ?? claim.attributed_to.entity)!.href}>
                  {claim.attributed_to.name}
                </Link>
              </>
            ) : null}
          </>
        }
        title={claim.displayTitle}
      >
        <p className="max-w-3xl font-serif text-lg leading-relaxed">{claim.statement}</p>
      </PageTitle>

      <section
        aria-label="Assessment"
        className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900"
      >
        <div className="flex flex-wrap items-center gap-2">
          <AssessmentBadge value={claim.assessment} className="text-sm" />
          {claim.likelihood ? <LikelihoodBadge value={claim.likelihood} /> : null}
          <ConfidenceBadge value={claim.confidence} />
          {claim.status ? <StatusBadge value={claim.status} /> : null}
          {claim.dueForReview ? <DueBadge since={claim.reviewBy} /> : null}
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
              ...(opinion
                ? ([['Likelihood', 'None: an opinion or recommendation is not true or false.']] as [string, string][])
                : []),
              ['Last reviewed', formatDate(claim.reviewed)],
              [
                claim.dueForReview ? 'Due for review since' : 'Next review',
                `${formatDate(claim.reviewBy)} (${claim.reviewByDefault ? `the review period for ${CLAIM_KIND.get(claim.kind).label.toLowerCase()} claims` : 'set for this claim'})`,
              ],
            ]}
          />
        </div>
      </section>

      {claim.appearsIn.length ? (
        <Section
          title={claim.appearsIn.length > 1 ? `Made in ${claim.appearsIn.length} reports` : 'Where this claim appears'}
          id="appears-in"
        >
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
          <ul className="rows">
            {claim.related.map((r) => (
              <ClaimLine
                key={`to-${r.claim.id}`}
                href={r.claim.href}
                title={r.claim.title}
                assessment={r.claim.assessment}
                status={r.claim.status}
              >
                This claim {RELATION.get(r.relation).label.toLowerCase()} it{r.note ? `: ${r.note}` : ''}
              </ClaimLine>
            ))}
            {claim.relatedBy.map((r) => (
              <ClaimLine
                key={`from-${r.claim.id}`}
                href={r.claim.href}
                title={r.claim.title}
                assessment={r.claim.assessment}
                status={r.claim.status}
              >
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
                <Link href={e.href} className="chip">
                  {e.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {claim.tags.length ? <p className="mt-3 text-sm muted">Tags: {claim.tags.join(', ')}</p> : null}
      </Section>

      {claim.supersedes.length ? (
        <Section title="Claims it replaces" id="replaces">
          <ul className="rows">
            {claim.supersedes.map((c) => (
              <ClaimLine key={c.id} href={c.href} title={c.title} assessment={c.assessment} status={c.status} />
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title="Connections" id="graph">
        <LocalGraph neighbourhood={claimNeighbourhood(claim)} />
      </Section>

      <Section title="Cite this" id="cite">
        <CiteThis
          page={{
            type: 'claim',
            id: claim.id,
            title: claim.displayTitle,
            href: claim.href,
            file: claim.file,
            date: claim.lastChanged?.date ?? claim.reviewed,
          }}
          commit={getCorpus().build.commit}
        />
      </Section>

      <PageMeta file={claim.file} changed={claim.lastChanged} />
    </article>
  );
}
