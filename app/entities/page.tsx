import type { Metadata } from 'next';
import Link from '@/components/link';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { plural } from '@/lib/model/format';
import { ENTITY_KIND } from '@/lib/model/scales';
import { pageMetadata } from '@/lib/model/structured-data';

export const metadata: Metadata = pageMetadata({ title: 'Entities', description: 'Organisations, people and places, with every alias and spelling.', path: '/entities/' });

export default function EntitiesPage() {
  const { entities } = getCorpus();
  return (
    <>
      <PageTitle title="Entities">
        <p className="max-w-3xl">Organisations, people and places named in the claims, with the aliases and spellings readers meet in sources.</p>
      </PageTitle>
      {ENTITY_KIND.ids.map((kind) => {
        const list = entities.filter((e) => e.kind === kind);
        if (!list.length) return null;
        return (
          <section key={kind} aria-labelledby={`h-${kind}`} className="mt-8">
            <h2 id={`h-${kind}`} className="mb-2 border-b border-stone-200 pb-1 text-xl font-semibold dark:border-stone-800">
              {kind === 'person' ? 'People' : `${ENTITY_KIND.get(kind).label}s`} <span className="text-base font-normal muted">({list.length})</span>
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
    </>
  );
}
