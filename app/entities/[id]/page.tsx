import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Mdx } from '@/components/mdx';
import { PageMeta } from '@/components/page-meta';
import { ClaimLine, EmptyNote, PageTitle, Prose, Section } from '@/components/ui';
import { orPlaceholder } from '@/lib/model/site';
import { forThisShard, getCorpus, getEntity } from '@/lib/content/store';
import { ENTITY_KIND, PLACE_TYPE } from '@/lib/model/scales';

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
  return { title: entity.name, description: entity.summary, alternates: { canonical: entity.href } };
}

export default async function EntityPage({ params }: Props) {
  const entity = getEntity((await params).id);
  if (!entity) notFound();
  const kindLabel = entity.place_type ? PLACE_TYPE.get(entity.place_type).label : ENTITY_KIND.get(entity.kind).label;

  return (
    <article>
      {entity.ancestors.length ? (
        <nav aria-label="Located in" className="mb-2 text-sm">
          <ol className="flex flex-wrap gap-1 text-stone-700 dark:text-stone-300">
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
        <section aria-labelledby="h-names" className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900">
          <h2 id="h-names" className="mb-2 text-sm font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
            Also known as
          </h2>
          {entity.aliases.length ? (
            <ul className="flex flex-wrap gap-2" aria-label="Aliases and spellings">
              {entity.aliases.map((a) => (
                <li key={a} className="rounded bg-white px-2 py-0.5 text-sm ring-1 ring-stone-200 dark:bg-stone-950 dark:ring-stone-700">
                  {a}
                </li>
              ))}
            </ul>
          ) : null}
          {entity.original_names.length ? (
            <ul className="mt-3 space-y-1 text-sm" aria-label="Names in original script">
              {entity.original_names.map((n) => (
                <li key={`${n.lang}-${n.text}`}>
                  <span lang={n.lang} dir="auto" className="text-base">
                    {n.text}
                  </span>{' '}
                  <span className="text-stone-600 dark:text-stone-400">
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
          <ul className="divide-y divide-stone-200 dark:divide-stone-800">
            {entity.mentionedIn.map((c) => (
              <ClaimLine key={c.id} href={c.href} title={c.title} assessment={c.assessment} />
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

      <PageMeta file={entity.file} changed={entity.lastChanged} />
    </article>
  );
}
