/**
 * What the claims index's filters read: every claim's assessment, kind, confidence and the
 * entities it names, with its title, in one compact file the browser fetches the first time a
 * reader reaches for a filter (lib/emit/claim-facets.ts writes it). The index pages themselves list
 * a page of claims each, so no page grows with the knowledge base; the filters read this instead.
 */
import type { Assessment, ClaimKind, ClaimStatus, Confidence } from './scales';

export const CLAIM_FACETS_URL = '/claims/facets.json';

/** One claim: id, title, assessment, kind, confidence, the numbers of its entities in `entities`, and its status when retired. */
export type ClaimFacetRow = [
  id: string,
  title: string,
  assessment: Assessment,
  kind: ClaimKind,
  confidence: Confidence,
  entities: number[],
  status?: ClaimStatus,
];

export interface ClaimFacetsData {
  /** Entities and places any claim names, by name: [id, name]. */
  entities: [string, string][];
  /** Every claim, in the index's order. */
  claims: ClaimFacetRow[];
}
