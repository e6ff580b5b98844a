import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/components/link';
import { Pager } from '@/components/pager';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { formatCount, plural } from '@/lib/model/format';
import { indexHref, indexPage } from '@/lib/model/paging';
import { ENTITY_KIND } from '@/lib/model/scales';
import { pageMetadata } from '@/lib/model/structured-data';

export function entitiesIndexMetadata(n: number): Metadata {
  return pageMetadata({
    title: n > 1 ? `Entities, page ${n}` : 'Entities',
    description: 'Organisations, people and places, with every alias and spelling.',
    path: indexHref('entity', n),
  });
}

/** Page `n` of the entities index: organisations, people and places, grouped by kind. */
export function EntitiesIndex({ n }: { n: number }) {
  const { entities } = getCorpus();
  const ordered = ENTITY_KIND.ids.flatMap((k) => entities.filter((e) => e.kind === k));
  const page = indexPage('entity', ordered, n);
  if (!page) notFound();
  const perKind = new Map(ENTITY_KIND.ids.map((k) => [k, ordered.filter((e) => e.kind === k).length]));
  return (
    <>
      <PageTitle title={n > 1 ? `Entities, page ${n}` : 'Entities'}>
        <p className="max-w-3xl">
          Organisations, people and places named in the claims, with the aliases and spellings readers meet in sources.
        </p>
        {page.pages > 1 ? (
          <p className="mt-2 text-sm muted">{`Entities ${formatCount(page.first)}–${formatCount(page.last)} of ${formatCount(page.total)}, by kind.`}</p>
        ) : null}
      </PageTitle>
      {ENTITY_KIND.ids.map((kind) => {
        const list = page.items.filter((e) => e.kind === kind);
        if (!list.length) return null;
        return (
          <section key={kind} aria-labelledby={`h-${kind}`} className="mt-8">
            <h2
              id={`h-${kind}`}
              className="mb-2 border-b border-stone-200 pb-1 text-xl font-semibold dark:border-stone-800"
            >
              {kind === 'person' ? 'People' : `${ENTITY_KIND.get(kind).label}s`}{' '}
              <span className="text-base font-normal muted">({formatCount(perKind.get(kind)!)})</span>
            </h2>
            <ul className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
              {list.map((e) => (
                <li key={e.id}>
                  <Link href={e.href} className="font-medium">
                    {e.name}
                  </Link>
                  <p className="text-sm muted">
                    {e.aliases.length ? `${e.aliases.slice(0, 3).join(', ')}${e.aliases.length > 3 ? '…' : ''} · ` : ''}
                    {plural(e.mentionedIn.length, 'claim')}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <Pager type="entity" current={page.page} total={page.pages} label="Pages of entities" />
    </>
  );
}
