import type { Metadata } from 'next';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { CiteThis } from '@/components/cite-this';
import { LocalGraph } from '@/components/local-graph';
import { TimeStrip, TimeSummaryText, YearList } from '@/components/timeline';
import { ExternalLink } from '@/components/links';
import { Mdx } from '@/components/mdx';
import { PageMeta } from '@/components/page-meta';
import { AnchoredClaims, ReusedText, SharedClaims } from '@/components/report-parts';
import { SourcingProfile } from '@/components/sourcing-profile';
import { ClaimLine, Facts, PageTitle, Section } from '@/components/ui';
import { forThisShard, getCorpus, getReport } from '@/lib/content/store';
import { formatDate, plural } from '@/lib/model/format';
import { reportNeighbourhood } from '@/lib/model/graph';
import { formatMonth, summarise, timed, type TimedClaim } from '@/lib/model/timeline';

/** The line drawn across a report's claims: its publication, or, undated, the newest event it mentions. */
function timeMarker(items: TimedClaim[], published?: string) {
  if (published) return { date: published, label: `Published ${formatDate(published)}` };
  const s = summarise(items);
  return s
    ? {
        date: `${Math.floor(s.newest / 12)}-${String((s.newest % 12) + 1).padStart(2, '0')}`,
        label: `Not dated; newest event ${formatMonth(s.newest)}`,
      }
    : undefined;
}
import { CLAIM_KIND, PROVENANCE_RELATION, REPORT_KIND } from '@/lib/model/scales';
import { reportDownloads } from '@/lib/model/open-data';
import { orPlaceholder } from '@/lib/model/site';
import { pageMetadata } from '@/lib/model/structured-data';

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
  const annotations = reportDownloads(report).find((d) => d.key === 'annotations')!;
  return pageMetadata({
    title: report.title,
    description: `${report.publisher}: ${report.summary}`,
    path: report.href,
    type: 'article',
    modified: report.lastChanged?.date,
    alternates: {
      'application/ld+json': [{ url: `/${annotations.path}`, title: 'W3C Web Annotations of its claims' }],
    },
  });
}

export default async function ReportPage({ params }: Props) {
  const report = getReport((await params).id);
  if (!report) notFound();
  const { entities } = report;
  const byReference = report.text === 'reference';
  const overTime = timed(report.claims);

  return (
    <article>
      <PageTitle eyebrow={<>Report · {REPORT_KIND.get(report.kind).label}</>} title={report.title}>
        <p className="max-w-3xl text-lg">{report.summary}</p>
      </PageTitle>

      <div className="grid gap-6 lg:grid-cols-[1fr_minmax(0,22rem)]">
        <section
          aria-label="About this report"
          className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900"
        >
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
        <div>
          <SourcingProfile profile={report.profile} />
          {report.notCounted ? (
            <p className="mt-2 text-sm subtle">
              Not counted: {plural(report.notCounted, 'superseded or withdrawn claim')}.
            </p>
          ) : null}
        </div>
      </div>

      {overTime.length ? (
        <Section title="Its claims in time" id="time">
          <TimeSummaryText items={overTime} published={report.published} datingNote={report.dating_note} />
          <div className="mt-3">
            <TimeStrip items={overTime} marker={timeMarker(overTime, report.published)} />
          </div>
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium">Its claims by year</summary>
            <div className="mt-3">
              <YearList items={overTime} idPrefix="y" />
            </div>
          </details>
        </Section>
      ) : null}

      {report.provenance.length ? (
        <Section title="Provenance" id="provenance">
          <ul className="space-y-3">
            {report.provenance.map((p) => {
              const s = p.source;
              return (
                <li key={`${p.relation}-${s.id}`} className="text-sm">
                  <p>
                    <span className="font-semibold">{PROVENANCE_RELATION.get(p.relation).label}:</span>{' '}
                    <Link href={s.href}>{s.title}</Link> ({s.publisher}
                    {s.published ? `, ${formatDate(s.published)}` : ''})
                  </p>
                  <p className="mt-1 subtle">{p.note}</p>
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}

      {byReference ? (
        <Section title="Its claims, in document order" id="text">
          <p className="mb-4 text-sm subtle">
            We do not republish this report: each claim is anchored by a short quotation, with where it sits in the
            document and the words around it.{' '}
            {report.url ? <ExternalLink href={report.url}>Read the original</ExternalLink> : null}
          </p>
          <AnchoredClaims report={report} />
        </Section>
      ) : (
        <Section title="The text, annotated" id="text">
          <p className="mb-4 text-sm subtle">
            The report&rsquo;s text as published, quoted verbatim (including its own spelling). Each marked span is a
            claim: its label gives our assessment; follow it for the sources. Paragraph numbers are in the margin.
          </p>
          <div className="report-text max-w-3xl font-serif text-[1.075rem] leading-8 [&_p]:relative [&_p]:mb-5 [&_p]:pl-9 [&_p]:before:absolute [&_p]:before:left-0 [&_p]:before:top-0 [&_p]:before:w-7 [&_p]:before:text-right [&_p]:before:font-sans [&_p]:before:text-xs [&_p]:before:leading-8 [&_p]:before:text-stone-500 [&_p]:before:content-[attr(data-paragraph)]">
            <Mdx tree={report.tree} />
          </div>
        </Section>
      )}

      {report.reused.length ? (
        <Section title="Text shared with other reports" id="reused">
          <p className="mb-3 text-sm subtle">
            Found by comparing the wording of the reports we hold, passage by passage: runs of eight or more words in
            common, whatever either report says about its sources.
          </p>
          <ReusedText report={report} />
        </Section>
      ) : null}

      {report.comparisons.length ? (
        <Section title="Claims shared with other reports" id="shared">
          <SharedClaims report={report} />
        </Section>
      ) : null}

      <Section title="Claims in this report" id="claims" count={report.claims.length}>
        <ol className="rows">
          {report.claims.map((c) => (
            <ClaimLine key={c.id} href={c.href} title={c.title} assessment={c.assessment} status={c.status}>
              {CLAIM_KIND.get(c.kind).label} ·{' '}
              <Link href={`#claim-${c.id}`} className="muted">
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

      <Section title="Connections" id="graph">
        <LocalGraph neighbourhood={reportNeighbourhood(report)} />
      </Section>

      <Section title="Cite this" id="cite">
        <CiteThis
          page={{
            type: 'report',
            id: report.id,
            title: report.title,
            href: report.href,
            file: report.file,
            date: report.lastChanged?.date ?? report.reviewed,
          }}
          commit={getCorpus().build.commit}
        />
      </Section>

      <PageMeta
        file={report.file}
        changed={report.lastChanged}
        downloads={reportDownloads(report).map((d) => ({ href: `/${d.path}`, label: d.title, type: d.mediaType }))}
      />
    </article>
  );
}
