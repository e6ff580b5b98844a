import type { Metadata } from 'next';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { LocalGraph } from '@/components/local-graph';
import { Mdx } from '@/components/mdx';
import { TimeStrip, YearList } from '@/components/timeline';
import { PageMeta } from '@/components/page-meta';
import { ClaimLine, EmptyNote, PageTitle, Prose, Section } from '@/components/ui';
import { orPlaceholder } from '@/lib/model/site';
import { forThisShard, getCorpus, getEntity } from '@/lib/content/store';
import { pageMetadata } from '@/lib/model/structured-data';
import { ENTITY_KIND, PLACE_TYPE } from '@/lib/model/scales';
import { entityNeighbourhood } from '@/lib/model/graph';
import { timed } from '@/lib/model/timeline';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return orPlaceholder(
    forThisShard(getCorpus().entities).map((e) => ({ id: e.id })),
    ['id'],
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entity = getEntity((await params).id);
  if (!entity) return {};
  return pageMetadata({
    title: entity.name,
    description: entity.summary,
    path: entity.href,
    type: 'article',
    modified: entity.lastChanged?.date,
  });
}

export default async function EntityPage({ params }: Props) {
  const entity = getEntity((await params).id);
  if (!entity) notFound();
  const kindLabel = entity.place_type ? PLACE_TYPE.get(entity.place_type).label : ENTITY_KIND.get(entity.kind).label;
  const overTime = timed(entity.mentionedIn);

  return (
    <article>
      {entity.ancestors.length ? (
        <nav aria-label="Located in" className="mb-2 text-sm">
          <ol className="flex flex-wrap gap-1 subtle">
            {[...entity.ancestors].reverse().map((a) => (
              <li key={a.id} className="after:ml-1 after:content-['›']">
                <Link href={a.href}>{a.name}</Link>
              </li>
            ))}
            <li aria-current="page">{entity.name}</li>
          </ol>
        </nav>
      ) : null}
      <PageTitle eyebrow={<>Entity · {kindLabel}</>} title={entity.name}>
        <p className="max-w-3xl text-lg">{entity.summary}</p>
      </PageTitle>

      {entity.aliases.length || entity.original_names.length ? (
        <section
          aria-labelledby="h-names"
          className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900"
        >
          <h2 id="h-names" className="mb-2 text-sm font-semibold uppercase tracking-wider muted">
            Also known as
          </h2>
          {entity.aliases.length ? (
            <ul className="flex flex-wrap gap-2" aria-label="Aliases and spellings">
              {entity.aliases.map((a) => (
                <li key={a} className="name-chip">
                  {a}
                </li>
              ))}
            </ul>
          ) : null}
          {entity.original_names.length ? (
            <ul className="mt-3 space-y-1 text-sm" aria-label="Names in original script">
              {entity.original_names.map((n) => (
                <li key={`${n.lang}-${n.text}`}>
                  <bdi lang={n.lang} dir="auto" className="text-base">
                    {n.text}
                  </bdi>{' '}
                  <span className="muted">
                    ({n.lang}; {n.seen ? 'spelling seen in a source' : 'spelling not checked against a source'})
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <Section title="Notes" id="notes">
        <Prose>
          <Mdx tree={entity.tree} />
        </Prose>
      </Section>

      {entity.children.length ? (
        <Section title={`Places in ${entity.name}`} id="places" count={entity.children.length}>
          <ul className="flex flex-wrap gap-2">
            {entity.children.map((c) => (
              <li key={c.id}>
                <Link href={c.href}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title="Claims that mention it" id="claims" count={entity.mentionedIn.length}>
        {entity.mentionedIn.length ? (
          <ul className="rows">
            {entity.mentionedIn.map((c) => (
              <ClaimLine key={c.id} href={c.href} title={c.title} assessment={c.assessment} status={c.status} />
            ))}
          </ul>
        ) : (
          <EmptyNote>No claim mentions it yet.</EmptyNote>
        )}
      </Section>

      <Section title="Reports that mention it" id="reports" count={entity.reports.length}>
        {entity.reports.length ? (
          <ul className="list-disc pl-6">
            {entity.reports.map((r) => (
              <li key={r.id}>
                <Link href={r.href}>{r.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyNote>No report mentions it yet.</EmptyNote>
        )}
      </Section>

      {overTime.length ? (
        <Section title="Over time" id="timeline">
          <p className="mb-3 text-sm subtle">The claims that mention it, placed at the time they are about.</p>
          <TimeStrip items={overTime} />
          <div className="mt-4">
            <YearList items={overTime} idPrefix="y" />
          </div>
        </Section>
      ) : null}

      <Section title="Connections" id="graph">
        <LocalGraph neighbourhood={entityNeighbourhood(entity)} />
      </Section>

      <PageMeta file={entity.file} changed={entity.lastChanged} />
    </article>
  );
}
