import type { Metadata } from 'next';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { AssessmentBadge, CredibilityBadge, ReliabilityBadge, StanceBadge } from '@/components/badges';
import { CiteThis } from '@/components/cite-this';
import { StatusBadge } from '@/components/claim-status';
import { LocalGraph } from '@/components/local-graph';
import { ExternalLink } from '@/components/links';
import { Mdx } from '@/components/mdx';
import { PageMeta } from '@/components/page-meta';
import { EmptyNote, Facts, PageTitle, Prose, Section } from '@/components/ui';
import { orPlaceholder } from '@/lib/model/site';
import { forThisShard, getCorpus, getSource } from '@/lib/content/store';
import { pageMetadata } from '@/lib/model/structured-data';
import { excerpt, formatDate } from '@/lib/model/format';
import { sourceNeighbourhood } from '@/lib/model/graph';
import { COPY, PROVENANCE_RELATION, SOURCE_KIND } from '@/lib/model/scales';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return orPlaceholder(
    forThisShard(getCorpus().sources).map((s) => ({ id: s.id })),
    ['id'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = getSource((await params).id);
  if (!source) return {};
  return pageMetadata({
    title: source.title,
    description: `${source.publisher}, ${formatDate(source.published)}. ${excerpt(source.plainText, 140)}`,
    path: source.href,
    type: 'article',
    modified: source.lastChanged?.date,
  });
}

export default async function SourcePage({ params }: Props) {
  const source = getSource((await params).id);
  if (!source) notFound();
  // Superseded and withdrawn claims are listed, last, but not counted.
  const counted = source.citedBy.filter((c) => !c.claim.status);
  const supports = counted.filter((c) => c.stance === 'supports').length;
  const contradicts = counted.filter((c) => c.stance === 'contradicts').length;

  return (
    <article>
      <PageTitle eyebrow={<>Source · {SOURCE_KIND.get(source.kind).label}</>} title={source.title}>
        <p className="subtle">
          {source.author ? <>{source.author}, </> : null}
          {source.publisher}, {formatDate(source.published)}
        </p>
      </PageTitle>

      <section
        aria-label="About this source"
        className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900"
      >
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <ReliabilityBadge value={source.reliability} />
          <span className="text-sm">{source.reliability_reason}</span>
        </div>
        <Facts
          items={[
            ['Publisher', source.publisher],
            ...(source.author ? ([['Author', source.author]] as [string, string][]) : []),
            ['Published', formatDate(source.published)],
            ...(source.dating_note ? ([['About the date', source.dating_note]] as [string, string][]) : []),
            ...(source.document_symbol
              ? ([
                  [
                    'Document symbol',
                    <span key="sym" className="font-mono">
                      {source.document_symbol}
                    </span>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
            [
              'Read at',
              <span key="url">
                <ExternalLink href={source.url} className="break-all">
                  {source.url}
                </ExternalLink>
                <span className="ml-2 muted">
                  ({COPY.get(source.copy).label.toLowerCase()}: {COPY.get(source.copy).definition.toLowerCase()})
                </span>
              </span>,
            ],
            ...(source.original_url
              ? ([
                  [
                    'Original',
                    <ExternalLink key="orig" href={source.original_url} className="break-all">
                      {source.original_url}
                    </ExternalLink>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
            ['Language', source.language],
            ...(source.copy_of
              ? ([
                  [
                    'A copy of',
                    <Link key="copy" href={source.copy_of.href}>
                      {source.copy_of.title}
                    </Link>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
            ...(source.copies.length
              ? ([
                  [
                    'Republished by',
                    <span key="copies">
                      {source.copies.map((c, i) => (
                        <span key={c.id}>
                          {i ? '; ' : ''}
                          <Link href={c.href}>{c.title}</Link>
                        </span>
                      ))}
                    </span>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
            ...(source.origins.length
              ? ([
                  [
                    'Relays what was said by',
                    <span key="origins" data-testid="origins">
                      {source.origins.map((o, i) => (
                        <span key={`${o.name}-${i}`}>
                          {i ? '; ' : ''}
                          {o.entity ? <Link href={o.entity.href}>{o.name}</Link> : o.name}
                          {o.date ? `, ${formatDate(o.date)}` : ''}
                        </span>
                      ))}
                    </span>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
      </section>

      <Section title="About the source" id="notes">
        <Prose>
          <Mdx tree={source.tree} />
        </Prose>
      </Section>

      <Section title="Claims citing this source" id="cited-by" count={source.citedBy.length}>
        {source.citedBy.length ? (
          <>
            <p className="mb-2 text-sm subtle">
              Supports {supports}, contradicts {contradicts}, context for {counted.length - supports - contradicts}.
              {counted.length < source.citedBy.length
                ? ` Not counted: ${source.citedBy.length - counted.length} superseded or withdrawn.`
                : ''}
            </p>
            <ul className="rows">
              {source.citedBy.map(({ claim: c, stance, credibility, locator }, i) => (
                <li key={`${c.id}-${i}`} className="py-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <StanceBadge value={stance} />
                    <Link href={c.href} className="font-medium">
                      {c.title}
                    </Link>
                  </div>
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-sm subtle">
                    <AssessmentBadge value={c.assessment} />
                    {c.status ? <StatusBadge value={c.status} /> : null}
                    <CredibilityBadge value={credibility} />
                    <span>{locator}</span>
                  </div>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <EmptyNote>No claim cites this source yet.</EmptyNote>
        )}
      </Section>

      {source.provenanceOf.length ? (
        <Section title="Provenance of reports" id="provenance">
          <ul className="list-disc pl-6">
            {source.provenanceOf.map(({ report: r, relation }) => (
              <li key={r.id}>
                {PROVENANCE_RELATION.get(relation).label}: <Link href={r.href}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title="Connections" id="graph">
        <LocalGraph neighbourhood={sourceNeighbourhood(source)} />
      </Section>

      <Section title="Cite this" id="cite">
        <CiteThis
          page={{
            type: 'source',
            id: source.id,
            title: source.title,
            href: source.href,
            file: source.file,
            date: source.lastChanged?.date ?? source.accessed ?? getCorpus().build.date,
          }}
          commit={getCorpus().build.commit}
        />
      </Section>

      <PageMeta file={source.file} changed={source.lastChanged} />
    </article>
  );
}
