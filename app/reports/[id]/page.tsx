import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { ExternalLink } from '@/components/links';
import { Mdx } from '@/components/mdx';
import { PageMeta } from '@/components/page-meta';
import { AnchoredClaims, ReusedText, SharedClaims } from '@/components/report-parts';
import { SourcingProfile } from '@/components/sourcing-profile';
import { ClaimLine, Facts, PageTitle, Section } from '@/components/ui';
import { forThisShard, getCorpus, getReport } from '@/lib/content/store';
import { excerpt, formatDate } from '@/lib/model/format';
import { CLAIM_KIND, PROVENANCE_RELATION, REPORT_KIND } from '@/lib/model/scales';
import { SITE, orPlaceholder } from '@/lib/model/site';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return orPlaceholder(
    forThisShard(getCorpus().reports).map((r) => ({ id: r.id })),
    ['id'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = getReport((await params).id);
  if (!report) return {};
  return { title: report.title, description: excerpt(report.summary), alternates: { canonical: report.href } };
}

export default async function ReportPage({ params }: Props) {
  const report = getReport((await params).id);
  if (!report) notFound();
  const { entities } = report;
  const byReference = report.text === 'reference';

  return (
    <article>
      <PageTitle eyebrow={<>Report · {REPORT_KIND.get(report.kind).label}</>} title={report.title}>
        <p className="max-w-3xl text-lg">{report.summary}</p>
      </PageTitle>

      <div className="grid gap-6 lg:grid-cols-[1fr_minmax(0,22rem)]">
        <section aria-label="About this report" className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900">
          <Facts
            items={[
              ['Publisher', report.publisher],
              ['Author', report.author ?? 'Unknown: the copy we read names no author'],
              ['Published', report.published ? formatDate(report.published) : 'Unknown'],
              ...(report.dating_note ? ([['What we know', report.dating_note]] as [string, string][]) : []),
              ...(report.url
                ? ([
                    [
                      byReference ? 'Read the original' : 'Published at',
                      <ExternalLink key="u" href={report.url} className="break-all">
                        {report.url}
                      </ExternalLink>,
                    ],
                  ] as [string, React.ReactNode][])
                : []),
              ...(report.read_at
                ? ([
                    [
                      'We read it at',
                      <ExternalLink key="r" href={report.read_at} className="break-all">
                        {report.read_at}
                      </ExternalLink>,
                    ],
                  ] as [string, React.ReactNode][])
                : []),
              ...(report.reuse ? ([['Why we show its text', report.reuse]] as [string, string][]) : []),
              ['Perspective', report.perspective],
              ['Last reviewed', formatDate(report.reviewed)],
            ]}
          />
        </section>
        <SourcingProfile profile={report.profile} />
      </div>

      {report.provenance.length ? (
        <Section title="Provenance" id="provenance">
          <ul className="space-y-3">
            {report.provenance.map((p) => {
              const s = p.source;
              return (
                <li key={`${p.relation}-${s.id}`} className="text-sm">
                  <p>
                    <span className="font-semibold">{PROVENANCE_RELATION.get(p.relation).label}:</span> <Link href={s.href}>{s.title}</Link> ({s.publisher}
                    {s.published ? `, ${formatDate(s.published)}` : ''})
                  </p>
                  <p className="mt-1 text-stone-700 dark:text-stone-300">{p.note}</p>
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}

      {byReference ? (
        <Section title="Its claims, in document order" id="text">
          <p className="mb-4 text-sm text-stone-700 dark:text-stone-300">
            We do not republish this report: each claim is anchored by a short quotation, with where it sits in the document and the words around it.{' '}
            {report.url ? <ExternalLink href={report.url}>Read the original</ExternalLink> : null}
          </p>
          <AnchoredClaims report={report} />
        </Section>
      ) : (
        <Section title="The text, annotated" id="text">
          <p className="mb-4 text-sm text-stone-700 dark:text-stone-300">
            The report&rsquo;s text as published, quoted verbatim (including its own spelling). Each marked span is a claim: its label gives our assessment; follow it for the sources. Paragraph numbers are in the margin.
          </p>
          <div className="report-text max-w-3xl font-serif text-[1.075rem] leading-8 [&_p]:relative [&_p]:mb-5 [&_p]:pl-9 [&_p]:before:absolute [&_p]:before:left-0 [&_p]:before:top-0 [&_p]:before:w-7 [&_p]:before:text-right [&_p]:before:font-sans [&_p]:before:text-xs [&_p]:before:leading-8 [&_p]:before:text-stone-500 [&_p]:before:content-[attr(data-paragraph)]">
            <Mdx tree={report.tree} />
          </div>
        </Section>
      )}

      {report.reused.length ? (
        <Section title="Text shared with other reports" id="reused">
          <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">Found by comparing the wording of the reports we hold, passage by passage: runs of eight or more words in common, whatever either report says about its sources.</p>
          <ReusedText report={report} />
        </Section>
      ) : null}

      {report.comparisons.length ? (
        <Section title="Claims shared with other reports" id="shared">
          <SharedClaims report={report} />
        </Section>
      ) : null}

      <Section title="Claims in this report" id="claims" count={report.claims.length}>
        <ol className="divide-y divide-stone-200 dark:divide-stone-800">
          {report.claims.map((c) => (
            <ClaimLine key={c.id} href={c.href} title={c.title} assessment={c.assessment}>
              {CLAIM_KIND.get(c.kind).label} ·{' '}
              <Link href={`#claim-${c.id}`} className="text-stone-600 dark:text-stone-400">
                {byReference ? 'show its quotation' : 'show in text'}
              </Link>
            </ClaimLine>
          ))}
        </ol>
      </Section>

      {entities.length ? (
        <Section title="Who and where" id="entities">
          <ul className="flex flex-wrap gap-2">
            {entities.map((e) => (
              <li key={e.id}>
                <Link href={e.href}>{e.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: report.title,
          url: `${SITE.url}${report.href}`,
          publisher: { '@type': 'Organization', name: report.publisher },
          ...(report.author ? { author: { '@type': 'Person', name: report.author } } : {}),
          ...(report.published ? { datePublished: report.published } : {}),
          inLanguage: report.language,
          ...(report.url ? { sameAs: report.url } : {}),
        }}
      />

      <PageMeta file={report.file} changed={report.lastChanged} />
    </article>
  );
}
