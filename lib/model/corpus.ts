/**
 * The linked corpus: what the content layer builds from validated files and hands to pages.
 * Every reference between files is resolved once, into the named reference shapes below, so a
 * page never looks an id up again. Everything here is plain data (JSON-serialisable): the build
 * writes it once and every page of every build worker reads the same snapshot.
 */
import type { CollectionType } from './collections';
import type { EditorialPage } from './site';
import type { Anchor, ClaimData, EntityData, Evidence, Provenance, Related, ReportData, SourceData } from './schema';
import type {
  Assessment,
  ClaimKind,
  ClaimStatus,
  Confidence,
  EntityKind,
  Likelihood,
  Reliability,
  SourceKind,
} from './scales';

/** What every reference carries: enough to link. */
interface Ref {
  id: string;
  /** Site-relative URL with a trailing slash (see `hrefOf`). */
  href: string;
}

export interface ClaimRef extends Ref {
  title: string;
  assessment: Assessment;
  kind: ClaimKind;
  /** The time the claim is about (for timelines). */
  as_of: ClaimData['as_of'];
  /** Superseded or withdrawn; absent while the claim is current. */
  status?: ClaimStatus;
}

export interface SourceRef extends Ref {
  title: string;
  publisher: string;
  reliability: Reliability;
  kind: SourceKind;
  published?: string;
  /** Where we read it (written out when a page is printed). */
  url: string;
}

export interface EntityRef extends Ref {
  name: string;
  kind: EntityKind;
}

export interface ReportRef extends Ref {
  title: string;
  published?: string;
  /** Who published the report (machine-readable outputs name it as the author of its claims). */
  publisher: string;
  /** Where the report was published, when known. */
  url?: string;
}

/** An mdast tree as JSON: the body parsed once, checked, and prepared for rendering (positions dropped). */
export interface BodyNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  title?: string | null;
  children?: BodyNode[];
  attributes?: { type: string; name: string; value: string }[];
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

/** When the file behind a page last changed, from git (computed once in the content layer). */
export interface LastChanged {
  /** YYYY-MM-DD (UTC). */
  date: string;
  /**
   * `git`: the date of the last commit that touched the file.
   * `shallow`: on or before this date, the oldest commit of a shallow clone.
   * `file`: git has no record of the file (no repository, or not committed yet): its modification time.
   */
  source: 'git' | 'shallow' | 'file';
}

/** The three judgements a claim's history tracks. */
export interface AssessmentState {
  assessment: Assessment;
  likelihood?: Likelihood;
  confidence: Confidence;
}

export interface AssessmentChange {
  /** YYYY-MM-DD (UTC) of the commit. */
  date: string;
  /** Full commit id: 40 hexadecimal digits. */
  commit: string;
  /** The commit's subject line, as its author wrote it (untrusted text). */
  subject: string;
  /** The state before this commit; null for the first version on record. */
  from: AssessmentState | null;
  to: AssessmentState;
}

export interface AssessmentHistory {
  /** Oldest first; only commits that changed the assessment, likelihood or confidence. */
  changes: AssessmentChange[];
  /** False when the record does not reach back to the file's creation (shallow clone, or no git). */
  complete: boolean;
}

interface DocumentBase extends Ref {
  type: CollectionType;
  /** Path of the file relative to the repository root, e.g. `content/claims/x.mdx`. */
  file: string;
  /** The body, parsed once and validated (plain content and allowlisted components only). */
  tree: BodyNode;
  /** The body as plain text (markup stripped), for search and descriptions. */
  plainText: string;
  /** From git; null when the build could not tell. */
  lastChanged: LastChanged | null;
}

export interface EvidenceItem extends Omit<Evidence, 'source'> {
  source: SourceRef;
}

export interface RelatedItem extends Omit<Related, 'claim'> {
  claim: ClaimRef;
}

export interface Appearance {
  report: ReportRef;
  /** The report's words: the marked span of a full-text report, or the anchored quotation of one annotated by reference. */
  quote: string;
  /** 1-based paragraph of a full-text report (its anchor is `#p<n>`). */
  paragraph?: number;
  /** Where in a report annotated by reference (section, paragraph, page). */
  locator?: string;
  prefix?: string;
  suffix?: string;
}

/** Who relays a statement: an entity we hold, or a named origin. */
export interface OriginRef {
  name: string;
  entity?: EntityRef;
  date?: string;
}

/**
 * One independent line of support: supporting items that share a copy chain or an origin.
 * `items` index the claim's evidence list.
 */
export interface EvidenceLine {
  items: number[];
  /** The source a chain of copies folds into. */
  original?: SourceRef;
  /** The origins the items share (the one source's own, for a line of one). */
  origins: OriginRef[];
}

export interface Claim
  extends
    DocumentBase,
    Omit<ClaimData, 'evidence' | 'related' | 'entities' | 'places' | 'attributed_to' | 'superseded_by'> {
  type: 'claim';
  /** The title as readers see it: an opinion's or recommendation's is prefixed with who holds it ("Stratheia: …"). */
  displayTitle: string;
  /** Who holds the view (opinions and recommendations). */
  attributed_to?: { name: string; report?: ReportRef; entity?: EntityRef };
  evidence: EvidenceItem[];
  /** Supporting evidence grouped into independent lines (derived). */
  lines: EvidenceLine[];
  /** Evidence items that cannot support this claim: the claim's own report or a copy of it, with why (by index). */
  ownSources: Record<number, string>;
  related: RelatedItem[];
  entities: EntityRef[];
  places: EntityRef[];
  /** Claims that point at this one in their `related` list (derived). */
  relatedBy: { claim: ClaimRef; relation: Related['relation'] }[];
  /** Reports that make this claim (derived), earliest first, undated last. */
  appearsIn: Appearance[];
  /** How the assessment changed, commit by commit (from git). */
  history: AssessmentHistory;
  /** The claim that replaces this one (status superseded). */
  superseded_by?: ClaimRef;
  /** The current claim at the end of a chain of replacements, when it is not `superseded_by` itself. */
  currentVersion?: ClaimRef;
  /** Claims this one replaces (derived). */
  supersedes: ClaimRef[];
  /** When it is next due for review: `review_by`, or `reviewed` plus the period of its kind. */
  reviewBy: string;
  /** True when `reviewBy` comes from the period of its kind, not from the file. */
  reviewByDefault: boolean;
  /** Past its review date on the day of the build (current claims only). */
  dueForReview: boolean;
}

export interface Citation {
  claim: ClaimRef;
  stance: Evidence['stance'];
  locator: string;
  credibility: number;
}

export interface Source extends DocumentBase, Omit<SourceData, 'copy_of' | 'origins'> {
  type: 'source';
  /** The source this one republishes. */
  copy_of?: SourceRef;
  /** Sources that republish this one (derived). */
  copies: SourceRef[];
  /** Whose statements it relays. */
  origins: OriginRef[];
  /** Every claim that cites this source, with the stance (derived). */
  citedBy: Citation[];
  /** Reports whose provenance names this source (derived). */
  provenanceOf: { report: ReportRef; relation: Provenance['relation'] }[];
}

export interface Entity extends DocumentBase, Omit<EntityData, 'part_of'> {
  type: 'entity';
  part_of?: EntityRef;
  /** The chain of containing places, nearest first (derived from part_of). */
  ancestors: EntityRef[];
  /** Places whose part_of is this entity (derived). */
  children: EntityRef[];
  /** Claims that list this entity in `entities` or `places` (derived). */
  mentionedIn: ClaimRef[];
  /** Reports that mention this entity directly or through one of their claims (derived). */
  reports: ReportRef[];
}

export interface ClaimSpan {
  claimId: string;
  /** 1-based paragraph of the report text in which the span sits. */
  paragraph: number;
  /** The marked text, verbatim. */
  text: string;
}

export interface ProvenanceItem extends Omit<Provenance, 'source'> {
  source: SourceRef;
}

export type Profile = Record<Assessment, number>;

export interface AnchorItem extends Omit<Anchor, 'claim'> {
  claim: ClaimRef;
}

export interface Report extends DocumentBase, Omit<ReportData, 'provenance' | 'entities' | 'anchors'> {
  type: 'report';
  provenance: ProvenanceItem[];
  /** Where a report annotated by reference makes each claim, in document order. */
  anchors: AnchorItem[];
  entities: EntityRef[];
  /** Marked spans in document order (derived from `<Claim id>` in the body). */
  spans: ClaimSpan[];
  /** Distinct claims in order of first appearance (derived). */
  claims: ClaimRef[];
  /** How many of its current claims have each assessment (derived; superseded and withdrawn claims are left out). */
  profile: Profile;
  /** How many of its claims are superseded or withdrawn (not in the profile). */
  notCounted: number;
  /** Number of paragraphs in the report text. */
  paragraphs: number;
  /** Passages that reproduce, or are reproduced in, another report (found by comparing the text). */
  reused: ReusedPassage[];
  /** The other reports it shares claims with: how many, where they conflict, and their comparison page. */
  comparisons: { report: ReportRef; href: string; shared: number; conflicts: { claim: ClaimRef; by: ClaimRef }[] }[];
}

/** Two reports that share at least one claim, side by side (`/reports/<a>/vs/<b>/`). */
export interface Comparison {
  a: ReportRef;
  b: ReportRef;
  href: string;
  /** Claims both reports make. */
  both: ClaimRef[];
  onlyA: ClaimRef[];
  onlyB: ClaimRef[];
  /** A claim of one that contradicts a claim of the other. */
  conflicts: { a: ClaimRef; b: ClaimRef; relation: Related['relation'] }[];
  /** Other relations between a claim of one and a claim of the other (refines, duplicates, supports, rests on). */
  related: { a: ClaimRef; b: ClaimRef; relation: Related['relation'] }[];
}

export interface ReusedPassage {
  /** "paragraph 5", or an anchor's locator. */
  label: string;
  paragraph?: number;
  /** The passage's text, and the character ranges that sit in runs of 8+ words the other report shares. */
  text: string;
  runs: [number, number][];
  words: number;
  shared: number;
  other: ReportRef;
  /** Where in the other report the shared runs are. */
  otherPassages: string[];
  /** As the reports' provenance declares it: this one copies the other, is copied by it, or nothing is declared. */
  direction: 'copies' | 'copied-by' | 'shares';
}

export interface Corpus {
  claims: Claim[];
  sources: Source[];
  entities: Entity[];
  reports: Report[];
  /** Every current claim by assessment (derived once; superseded and withdrawn claims are left out). */
  profile: Profile;
  /** When each editorial page (methodology…) last changed, from git. */
  pages: Record<EditorialPage, LastChanged | null>;
  /** Every pair of reports that share a claim. */
  comparisons: Comparison[];
  /** Current claims past their review date on the day of the build, longest overdue first. */
  dueForReview: DueForReview[];
  /** What the site was built from. */
  build: BuildInfo;
}

export interface DueForReview {
  claim: ClaimRef;
  /** YYYY-MM-DD it fell due. */
  reviewBy: string;
  reviewed: string;
}

export interface BuildInfo {
  /** The day staleness is measured against (YYYY-MM-DD, UTC). */
  date: string;
  /** The commit the site was built from: 40 hexadecimal digits, or null outside a git checkout. */
  commit: string | null;
}
