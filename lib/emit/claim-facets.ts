/** The claims index's facet file (lib/model/claim-facets.ts). */
import { CLAIM_FACETS_URL, type ClaimFacetRow, type ClaimFacetsData } from '../model/claim-facets';
import type { Corpus } from '../model/corpus';
import type { Emitter } from './emitter';

export function claimFacets(corpus: Corpus): ClaimFacetsData {
  const named = new Map<string, string>();
  for (const c of corpus.claims) for (const e of [...c.entities, ...c.places]) named.set(e.id, e.name);
  const entities = [...named].sort((a, b) => a[1].localeCompare(b[1], 'en') || a[0].localeCompare(b[0]));
  const number = new Map(entities.map(([id], i) => [id, i]));
  const claims = corpus.claims.map((c): ClaimFacetRow => {
    const row: ClaimFacetRow = [
      c.id,
      c.displayTitle,
      c.assessment,
      c.kind,
      c.confidence,
      [...new Set([...c.entities, ...c.places].map((e) => number.get(e.id)!))],
    ];
    if (c.status) row.push(c.status);
    return row;
  });
  return { entities, claims };
}

export const claimFacetsFile: Emitter = {
  name: 'Claim filters',
  files: (corpus) => [{ path: CLAIM_FACETS_URL.slice(1), content: JSON.stringify(claimFacets(corpus)) }],
};
