/**
 * The typed, cross-linked collections that pages receive from `lib/content.ts`.
 * Everything here is derived once at build time; pages never read files.
 */
import type { ClaimData, EntityData, Evidence, ReportData, Related, SourceData } from './schema';
import type { Assessment } from './scales';

export type CollectionType = 'claim' | 'source' | 'entity' | 'report';

interface DocumentBase {
  /** The file name without `.mdx`: permanent, kebab-case, unique within its collection. */
  id: string;
  /** Site-relative URL of the document's page, with a trailing slash. */
  href: string;
  /** Path of the file relative to the repository root, e.g. `content/claims/x.mdx`. */
  file: string;
  /** The MDX body as written (validated: plain content and allowlisted components only). */
  body: string;
  /** The body as plain text (markup stripped), for search and descriptions. */
  plainText: string;
}

export interface EvidenceLink extends Evidence {
  /** The cited source (resolved). */
  sourceRef: { id: string; href: string; title: string; publisher: string; reliability: SourceData['reliability'] };
}

export interface RelatedLink extends Related {
  claimRef: { id: string; href: string; title: string; assessment: Assessment };
}

export interface Claim extends DocumentBase, Omit<ClaimData, 'evidence' | 'related'> {
  type: 'claim';
  evidence: EvidenceLink[];
  related: RelatedLink[];
  /** Claims that point at this one in their `related` list (derived). */
  relatedBy: { id: string; href: string; title: string; assessment: Assessment; relation: Related['relation'] }[];
  /** Reports whose text marks this claim (derived), in report order. */
  appearsIn: { id: string; href: string; title: string; span: string; paragraph: number }[];
}

export interface Source extends DocumentBase, SourceData {
  type: 'source';
  /** Every claim that cites this source, with the stance (derived). */
  citedBy: { id: string; href: string; title: string; assessment: Assessment; stance: Evidence['stance']; locator: string; credibility: number }[];
  /** Reports whose provenance names this source (derived). */
  provenanceOf: { id: string; href: string; title: string; relation: string }[];
}

export interface Entity extends DocumentBase, EntityData {
  type: 'entity';
  /** The chain of containing places, nearest first (derived from part_of). */
  ancestors: { id: string; href: string; name: string }[];
  /** Places whose part_of is this entity (derived). */
  children: { id: string; href: string; name: string }[];
  /** Claims that list this entity in `entities` or `places` (derived). */
  mentionedIn: { id: string; href: string; title: string; assessment: Assessment }[];
  /** Reports that mention this entity directly or through one of their claims (derived). */
  reports: { id: string; href: string; title: string }[];
}

export interface ClaimSpan {
  claimId: string;
  /** 1-based paragraph of the report text in which the span sits. */
  paragraph: number;
  /** The marked text, verbatim. */
  text: string;
}

export interface Report extends DocumentBase, ReportData {
  type: 'report';
  /** Marked spans in document order (derived from `<Claim id>` in the body). */
  spans: ClaimSpan[];
  /** Distinct claims in order of first appearance (derived). */
  claims: { id: string; href: string; title: string; assessment: Assessment; kind: Claim['kind'] }[];
  /** How many of its claims have each assessment (derived). */
  profile: Record<Assessment, number>;
  /** Number of paragraphs in the report text. */
  paragraphs: number;
}

export interface Corpus {
  claims: Claim[];
  sources: Source[];
  entities: Entity[];
  reports: Report[];
}
