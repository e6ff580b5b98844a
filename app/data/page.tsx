import type { Metadata } from 'next';
import Link from '@/components/link';
import type { ReactNode } from 'react';
import { ExternalLink } from '@/components/links';
import { PageTitle, Section } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { openDataSizes } from '@/lib/emit/open-data';
import { formatDate } from '@/lib/model/format';
import {
  type Column,
  CSV_FILES,
  DOWNLOADS,
  dataDate,
  type Download,
  FEED_FORMATS,
  FEEDS,
  feedPath,
  reportDownloads,
} from '@/lib/model/open-data';
import { RELATIVE_URL_NOTE, SITE } from '@/lib/model/site';
import { pageMetadata } from '@/lib/model/structured-data';

export const metadata: Metadata = pageMetadata({
  title: 'Open data',
  description:
    'Every claim, source, entity and report as JSON, CSV, STIX 2.1 and W3C Web Annotations, with feeds of new and re-assessed claims.',
  path: '/data/',
});

/** Sizes as a reader reads them: 1 kB = 1,000 bytes. */
function size(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

const th = 'py-2 pr-4';
const td = 'py-2 pr-4 align-top';

function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    // Focusable, so a keyboard can scroll the table when it is wider than a phone (WCAG 2.1.1).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            {head.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function DownloadRow({ download, bytes, date }: { download: Download; bytes?: number; date: string | null }) {
  return (
    <tr className="border-b rule" data-testid="download" data-path={download.path} data-bytes={bytes}>
      <th scope="row" className={`${td} font-medium`}>
        <a href={`/${download.path}`} type={download.mediaType}>
          {download.title}
        </a>
        <span className="block font-mono text-xs font-normal muted">/{download.path}</span>
      </th>
      <td className={td}>
        {download.format}
        {download.version !== '-' ? <span className="block text-xs muted">version {download.version}</span> : null}
      </td>
      <td className={`${td} whitespace-nowrap`}>{size(bytes)}</td>
      <td className={`${td} whitespace-nowrap`}>
        {date ? <time dateTime={date}>{formatDate(date)}</time> : 'unknown'}
      </td>
      <td className={td}>{download.description}</td>
    </tr>
  );
}

function Columns({ name, columns }: { name: string; columns: readonly Column<never>[] }) {
  return (
    <div className="mt-4">
      <h3 className="mb-2 font-semibold" id={`columns-${name.replace('.', '-')}`}>
        {name}
      </h3>
      <Table caption={`Columns of ${name}, in order`} head={['#', 'Column', 'What it holds']}>
        {columns.map((c, i) => (
          <tr key={c.name} className="border-b rule">
            <td className={td}>{i + 1}</td>
            <th scope="row" className={`${td} font-mono font-normal`}>
              {c.name}
            </th>
            <td className={td}>{c.description}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}

export default function DataPage() {
  const corpus = getCorpus();
  const sizes = openDataSizes(corpus);
  const date = dataDate(corpus);
  const whole = Object.values(DOWNLOADS);

  return (
    <article className="max-w-5xl">
      <PageTitle title="Open data">
        <p className="text-lg">
          Everything on this site, for machines: the whole knowledge base as JSON and CSV, STIX 2.1 for
          threat-intelligence platforms, W3C Web Annotations for annotation tools, and feeds of what changed. The files
          are rebuilt with the site from the same validated content, so they always say what the pages say.
        </p>
      </PageTitle>

      <section
        aria-label="Licence and date"
        className="rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm dark:border-stone-800 dark:bg-stone-900"
      >
        <p>
          <strong>Licence.</strong> Our own text (assessments, rationales, notes, summaries) is published under{' '}
          <ExternalLink href={SITE.licence.url}>{SITE.licence.name}</ExternalLink>: reuse it with credit to {SITE.name}.
          Quotations from reports and sources, and the full text of the reports we reproduce, stay under their
          publishers&rsquo; terms (each report&rsquo;s <code>reuse</code> field says why we may show it).
        </p>
        <p className="mt-2">
          <strong>Date.</strong> The data last changed on{' '}
          {date ? (
            <time dateTime={date}>{formatDate(date)}</time>
          ) : (
            'an unknown date (this copy was built without git history)'
          )}
          . Every file below is of that date.
        </p>
        {SITE.url ? null : (
          <p className="mt-2" data-testid="relative-note">
            <strong>Addresses.</strong> {RELATIVE_URL_NOTE} Links inside the files are site paths such as{' '}
            <code>/claims/…/</code>.
          </p>
        )}
      </section>

      <Section title="The whole knowledge base" id="downloads">
        <Table
          caption="Downloads of the whole knowledge base"
          head={['File', 'Format', 'Size', 'Date', 'What it holds']}
        >
          {whole.map((d) => (
            <DownloadRow key={d.path} download={d} bytes={sizes[d.path]} date={date} />
          ))}
        </Table>
        <ul className="mt-4 list-disc space-y-1 pl-6 text-sm">
          <li>
            <strong>JSON</strong>: one object with <code>schema_version</code>; references between records are ids. It
            validates against its <a href={`/${DOWNLOADS.jsonSchema.path}`}>JSON Schema</a>; a change that breaks
            readers raises the major version.
          </li>
          <li>
            <strong>CSV</strong>: UTF-8 without a byte-order mark, RFC 4180 (comma-separated, CRLF line ends, fields
            with commas, quotes or line breaks in double quotes). Columns keep the order below; new ones are added at
            the end. Lists of ids are separated by <code>; </code>, lists of names are JSON arrays. A cell that would
            begin with <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, a tab or a carriage return starts
            with an apostrophe (<code>&apos;</code>), so a spreadsheet never runs it as a formula: remove it when you
            read the file with a program.
          </li>
          <li>
            <strong>STIX 2.1</strong>: ids are derived from ours (UUIDv5), so importing a newer bundle updates the same
            objects instead of adding copies. How our scales become STIX <code>confidence</code> is on the{' '}
            <Link href="/methodology/#h-stix">methodology page</Link>.
          </li>
        </ul>
      </Section>

      <Section title="Each report" id="reports">
        <p className="mb-3 text-sm">
          Per report: its STIX bundle and its claims as W3C Web Annotations. For a report we hold in full, the
          annotations select each claim by quotation and by position in the plain text published beside them; for a
          report annotated by reference they select it by quotation only, since we do not hold the text to count
          positions in.
        </p>
        <Table caption="Downloads for each report" head={['Report', 'Files']}>
          {corpus.reports.map((r) => (
            <tr key={r.id} className="border-b rule">
              <th scope="row" className={`${td} font-medium`}>
                <Link href={r.href}>{r.title}</Link>
              </th>
              <td className={td}>
                <ul className="space-y-1">
                  {reportDownloads(r).map((d) => (
                    <li key={d.path} data-testid="download" data-path={d.path} data-bytes={sizes[d.path]}>
                      <a href={`/${d.path}`} type={d.mediaType}>
                        {d.title}
                      </a>{' '}
                      <span className="muted">
                        ({d.format}, {size(sizes[d.path])})
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title="Feeds" id="feeds">
        <p className="mb-3 text-sm">
          New and re-assessed claims (from each claim&rsquo;s assessment history) and reports, newest first. Every page
          names them in its &lt;head&gt;, so a feed reader finds them from any page.
        </p>
        <ul className="space-y-1 text-sm" data-testid="feeds">
          {FEEDS.map((f) => (
            <li key={f.key}>
              <span className="font-medium">{f.title}</span>:{' '}
              {FEED_FORMATS.map((fmt, i) => (
                <span key={fmt.ext}>
                  {i ? ' · ' : null}
                  <a href={`/${feedPath(f.key, fmt.ext)}`} type={fmt.mediaType}>
                    {fmt.format}
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </Section>

      <Section title="CSV columns" id="columns">
        <p className="text-sm">
          The order of the columns is part of the format (CSV version {DOWNLOADS.claimsCsv.version}).
        </p>
        {CSV_FILES.map((f) => (
          <Columns
            key={f.key}
            name={DOWNLOADS[f.key].path.replace(/^.*\//, '')}
            columns={f.columns as readonly Column<never>[]}
          />
        ))}
      </Section>
    </article>
  );
}
