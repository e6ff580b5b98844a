import type { Metadata } from 'next';
import { ClaimsExplorer } from '@/components/claims-explorer';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { pageMetadata } from '@/lib/model/structured-data';

export const metadata: Metadata = pageMetadata({ title: 'Claims', description: 'Every claim, with its assessment and confidence; filter by assessment, kind, confidence and entity.', path: '/claims/' });

export default function ClaimsPage() {
  const { claims, entities } = getCorpus();
  const used = new Set(claims.flatMap((c) => [...c.entities, ...c.places].map((e) => e.id)));
  return (
    <>
      <PageTitle title="Claims">
        <p className="max-w-3xl">Each claim is one assertion from a report, in our words, with its assessment, our confidence and the evidence for and against it.</p>
      </PageTitle>
      <ClaimsExplorer
        claims={claims.map((c) => ({ id: c.id, href: c.href, title: c.displayTitle, statement: c.statement, assessment: c.assessment, kind: c.kind, confidence: c.confidence, entities: [...c.entities, ...c.places].map((e) => e.id), ...(c.status ? { status: c.status } : {}) }))}
        entities={entities.filter((e) => used.has(e.id)).map((e) => ({ id: e.id, name: e.name }))}
      />
    </>
  );
}
