import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimRow } from '@/components/claim-row';
import { ClaimsExplorer } from '@/components/claims-explorer';
import { Pager } from '@/components/pager';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { formatCount, plural } from '@/lib/model/format';
import { indexHref, indexPage } from '@/lib/model/paging';
import { pageMetadata } from '@/lib/model/structured-data';

export function claimsIndexMetadata(n: number): Metadata {
  return pageMetadata({
    title: n > 1 ? `Claims, page ${n}` : 'Claims',
    description: 'Every claim, with its assessment and confidence; filter by assessment, kind, confidence and entity.',
    path: indexHref('claim', n),
  });
}

/** Page `n` of the claims index: a hundred claims, the pager, and filters over all of them. */
export function ClaimsIndex({ n }: { n: number }) {
  const { claims } = getCorpus();
  const page = indexPage('claim', claims, n);
  if (!page) notFound();
  const retired = claims.filter((c) => c.status).length;
  const status =
    (page.pages === 1
      ? `Showing ${formatCount(page.total)} of ${plural(page.total, 'claim')}`
      : `Showing claims ${formatCount(page.first)}–${formatCount(page.last)} of ${formatCount(page.total)}`) +
    (retired ? ` (${retired} superseded or withdrawn, listed last)` : '');
  return (
    <>
      <PageTitle title={n > 1 ? `Claims, page ${n}` : 'Claims'}>
        <p className="max-w-3xl">
          Each claim is one assertion from a report, in our words, with its assessment, our confidence and the evidence
          for and against it.
        </p>
      </PageTitle>
      <ClaimsExplorer total={claims.length} pageStatus={status}>
        <ul className="mt-2 rows" data-testid="claim-list">
          {page.items.map((c) => (
            <ClaimRow
              key={c.id}
              claim={{
                href: c.href,
                title: c.displayTitle,
                statement: c.statement,
                assessment: c.assessment,
                kind: c.kind,
                confidence: c.confidence,
                ...(c.status ? { status: c.status } : {}),
              }}
            />
          ))}
        </ul>
        <Pager type="claim" current={page.page} total={page.pages} label="Pages of claims" />
      </ClaimsExplorer>
    </>
  );
}
