/**
 * The open-data downloads: which files the build publishes besides the pages, their formats and
 * versions, and the column order of each CSV file. The emitters (lib/emit/open-data.ts and the
 * format modules beside it) write them; the data page (/data/) and the README describe them from
 * here, so a column or a path is named once.
 */
import type { Claim, Corpus, Entity, EvidenceItem, Source } from './corpus';
import { CREDIBILITY, type Likelihood } from './scales';

/** Version of the JSON download's shape (`schema_version`); bump the major version on any breaking change. */
export const JSON_SCHEMA_VERSION = '1.0.0';
/** Version of the CSV files' column sets; a new column at the end is a minor change, a renamed or moved one a major. */
export const CSV_VERSION = '1.0.0';

export interface Download {
  /** Site-relative path without a leading slash. */
  path: string;
  title: string;
  format: string;
  /** The version of the format (the standard's, or ours for our own shapes). */
  version: string;
  mediaType: string;
  description: string;
}

export const DATA_DIR = 'data';

export const DOWNLOADS = {
  json: {
    path: `${DATA_DIR}/corroborate.json`,
    title: 'The whole knowledge base (JSON)',
    format: 'JSON',
    version: `schema_version ${JSON_SCHEMA_VERSION}`,
    mediaType: 'application/json',
    description:
      'Every claim, source, entity and report with their evidence, appearances and assessment history; references between them are ids.',
  },
  jsonSchema: {
    path: `${DATA_DIR}/corroborate.schema.json`,
    title: 'JSON Schema of the JSON download',
    format: 'JSON Schema',
    version: 'draft 2020-12',
    mediaType: 'application/schema+json',
    description: 'Validates the JSON download; its $id names the schema_version it describes.',
  },
  claimsCsv: {
    path: `${DATA_DIR}/claims.csv`,
    title: 'Claims (CSV)',
    format: 'CSV (RFC 4180)',
    version: CSV_VERSION,
    mediaType: 'text/csv',
    description: 'One row per claim.',
  },
  evidenceCsv: {
    path: `${DATA_DIR}/evidence.csv`,
    title: 'Evidence (CSV)',
    format: 'CSV (RFC 4180)',
    version: CSV_VERSION,
    mediaType: 'text/csv',
    description: 'One row per evidence item of a claim.',
  },
  sourcesCsv: {
    path: `${DATA_DIR}/sources.csv`,
    title: 'Sources (CSV)',
    format: 'CSV (RFC 4180)',
    version: CSV_VERSION,
    mediaType: 'text/csv',
    description: 'One row per source.',
  },
  entitiesCsv: {
    path: `${DATA_DIR}/entities.csv`,
    title: 'Entities (CSV)',
    format: 'CSV (RFC 4180)',
    version: CSV_VERSION,
    mediaType: 'text/csv',
    description: 'One row per organisation, person or place.',
  },
  stix: {
    path: `${DATA_DIR}/corroborate.stix.json`,
    title: 'STIX 2.1 bundle',
    format: 'STIX',
    version: '2.1',
    mediaType: 'application/stix+json;version=2.1',
    description:
      'Reports as report objects, claims as notes on them, entities as identities and locations, sources as external references; ids are stable across exports.',
  },
} as const satisfies Record<string, Download>;

export type DownloadKey = keyof typeof DOWNLOADS;

/** The forms of one report: its STIX bundle, its W3C Web Annotations, and (full-text reports) the plain text the annotations count in. */
export function reportDownloads(report: {
  id: string;
  text: 'full' | 'reference';
}): (Download & { key: 'stix' | 'annotations' | 'text' })[] {
  const base = `${DATA_DIR}/reports/${report.id}`;
  return [
    {
      key: 'annotations',
      path: `${base}.annotations.jsonld`,
      title: 'W3C Web Annotations',
      format: 'W3C Web Annotation (JSON-LD)',
      version: 'Web Annotation Data Model 2017',
      mediaType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
      description:
        report.text === 'full'
          ? 'One annotation per marked claim, anchored by quotation (TextQuoteSelector) and by position in the plain text (TextPositionSelector).'
          : 'One annotation per anchored claim, by quotation only (TextQuoteSelector): we do not hold the text, so there are no positions to count.',
    },
    {
      key: 'stix',
      path: `${base}.stix.json`,
      title: 'STIX 2.1 bundle',
      format: 'STIX',
      version: '2.1',
      mediaType: 'application/stix+json;version=2.1',
      description: 'The report, its claims, the entities they name and our identity.',
    },
    ...(report.text === 'full'
      ? [
          {
            key: 'text' as const,
            path: `${base}.txt`,
            title: 'Its plain text',
            format: 'Plain text (UTF-8)',
            version: '-',
            mediaType: 'text/plain; charset=utf-8',
            description: 'The text the annotations\u2019 positions count in (Unicode code points from 0).',
          },
        ]
      : []),
  ];
}

/** Feeds: claim changes, reports, and claims due for review, each as Atom, RSS and JSON Feed; `page` is the page each one follows. */
export const FEEDS = [
  { key: 'claims', title: 'New and re-assessed claims', page: '/claims/' },
  { key: 'reports', title: 'Reports', page: '/reports/' },
  { key: 'review', title: 'Claims due for review', page: '/review/' },
] as const;

export const FEED_FORMATS = [
  { ext: 'atom.xml', format: 'Atom 1.0', mediaType: 'application/atom+xml' },
  { ext: 'rss.xml', format: 'RSS 2.0', mediaType: 'application/rss+xml' },
  { ext: 'json', format: 'JSON Feed 1.0', mediaType: 'application/feed+json' },
] as const;

export const feedPath = (feed: (typeof FEEDS)[number]['key'], ext: (typeof FEED_FORMATS)[number]['ext']) =>
  `feeds/${feed}.${ext}`;

/** The date the data last changed: the latest `lastChanged` of any document (null when git told nothing). */
export function dataDate(corpus: Pick<Corpus, 'claims' | 'sources' | 'entities' | 'reports'>): string | null {
  let latest: string | null = null;
  for (const list of [corpus.claims, corpus.sources, corpus.entities, corpus.reports]) {
    for (const doc of list)
      if (doc.lastChanged && (!latest || doc.lastChanged.date > latest)) latest = doc.lastChanged.date;
  }
  return latest;
}

// ---------------------------------------------------------------------------------------------
// CSV columns. Order is part of the format: new columns go at the end (a minor version).

export interface Column<T> {
  name: string;
  description: string;
  value: (row: T) => string | number | undefined;
}

/** Lists of ids in one cell: separated by "; " (ids never contain it). */
const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id).join('; ');
/** Lists of free text in one cell: a JSON array, so no separator can be ambiguous. */
const textList = (values: readonly string[]) => (values.length ? JSON.stringify(values) : '');
const changed = (doc: { lastChanged: { date: string } | null }) => doc.lastChanged?.date;
const asOf = (value: Claim['as_of']) => (typeof value === 'string' ? value : `${value.from}/${value.to}`);

export const CLAIM_COLUMNS: Column<Claim>[] = [
  { name: 'id', description: 'Permanent id (the file name); the page is /claims/<id>/.', value: (c) => c.id },
  { name: 'title', description: 'Short title.', value: (c) => c.title },
  {
    name: 'display_title',
    description: 'The title as readers see it (an opinion is prefixed with who holds it).',
    value: (c) => c.displayTitle,
  },
  { name: 'statement', description: 'What the claim says, in full.', value: (c) => c.statement },
  {
    name: 'kind',
    description: 'factual, statistical, event, attribution, prediction, opinion or recommendation.',
    value: (c) => c.kind,
  },
  {
    name: 'assessment',
    description: 'Our verdict: corroborated, partly-corroborated, unverified, disputed, refuted or opinion.',
    value: (c) => c.assessment,
  },
  { name: 'likelihood', description: 'ICD 203 likelihood (empty for opinions).', value: (c) => c.likelihood },
  { name: 'confidence', description: 'Analytic confidence: low, moderate or high.', value: (c) => c.confidence },
  { name: 'rationale', description: 'Why this assessment, in one line.', value: (c) => c.rationale },
  {
    name: 'as_of',
    description: 'The time the claim is about: a date (YYYY, YYYY-MM or YYYY-MM-DD) or a range from/to.',
    value: (c) => asOf(c.as_of),
  },
  {
    name: 'attributed_to',
    description: 'Who holds the view (opinions and recommendations).',
    value: (c) => c.attributed_to?.name,
  },
  {
    name: 'attributed_to_id',
    description: 'The report or entity id of who holds the view.',
    value: (c) => (c.attributed_to?.report ?? c.attributed_to?.entity)?.id,
  },
  {
    name: 'reports',
    description: 'Ids of the reports that make the claim, earliest first.',
    value: (c) => ids(c.appearsIn.map((a) => a.report)),
  },
  { name: 'entities', description: 'Ids of the organisations and people it names.', value: (c) => ids(c.entities) },
  { name: 'places', description: 'Ids of the places it names.', value: (c) => ids(c.places) },
  { name: 'tags', description: 'Tags, separated by "; ".', value: (c) => c.tags.join('; ') },
  {
    name: 'evidence',
    description: 'Number of evidence items (rows in evidence.csv).',
    value: (c) => c.evidence.length,
  },
  {
    name: 'supporting',
    description: 'Evidence items that support it.',
    value: (c) => c.evidence.filter((e) => e.stance === 'supports').length,
  },
  {
    name: 'contradicting',
    description: 'Evidence items that contradict it.',
    value: (c) => c.evidence.filter((e) => e.stance === 'contradicts').length,
  },
  {
    name: 'independent_lines',
    description: 'Independent lines of support (supporting items sharing a copy chain or origin count once).',
    value: (c) => c.lines.length,
  },
  { name: 'reviewed', description: 'When an analyst last reviewed it (YYYY-MM-DD).', value: (c) => c.reviewed },
  {
    name: 'last_changed',
    description: 'When its file last changed, from git (YYYY-MM-DD; empty if unknown).',
    value: changed,
  },
];

export interface EvidenceRow {
  claim: Claim;
  index: number;
  item: EvidenceItem;
}

export const EVIDENCE_COLUMNS: Column<EvidenceRow>[] = [
  { name: 'claim', description: 'Id of the claim (claims.csv).', value: (r) => r.claim.id },
  { name: 'item', description: 'Position in the claim\u2019s evidence list, from 1.', value: (r) => r.index + 1 },
  { name: 'source', description: 'Id of the source (sources.csv).', value: (r) => r.item.source.id },
  { name: 'stance', description: 'supports, contradicts or context.', value: (r) => r.item.stance },
  { name: 'locator', description: 'Where in the source (page, paragraph, section).', value: (r) => r.item.locator },
  {
    name: 'credibility',
    description: 'Admiralty credibility of this information, 1 (confirmed) to 6 (cannot be judged).',
    value: (r) => r.item.credibility,
  },
  {
    name: 'credibility_label',
    description: 'The credibility in words.',
    value: (r) => CREDIBILITY.get(String(r.item.credibility) as (typeof CREDIBILITY.ids)[number]).label,
  },
  {
    name: 'source_reliability',
    description: 'Admiralty reliability of the source, A to F.',
    value: (r) => r.item.source.reliability,
  },
  { name: 'quote', description: 'The source\u2019s words, where quoted.', value: (r) => r.item.quote },
  { name: 'note', description: 'Analyst note on this item.', value: (r) => r.item.note },
  {
    name: 'cannot_support',
    description:
      'Why this item cannot count as support (the claim\u2019s own report or a copy of it); empty otherwise.',
    value: (r) => r.claim.ownSources[r.index],
  },
];

export const SOURCE_COLUMNS: Column<Source>[] = [
  { name: 'id', description: 'Permanent id; the page is /sources/<id>/.', value: (s) => s.id },
  { name: 'title', description: 'Title as published.', value: (s) => s.title },
  { name: 'publisher', description: 'Publisher.', value: (s) => s.publisher },
  { name: 'author', description: 'Author, where named.', value: (s) => s.author },
  {
    name: 'kind',
    description:
      'Kind of source (un-document, government, ngo, news, think-tank, academic, opinion, reference, social-media, anonymous).',
    value: (s) => s.kind,
  },
  {
    name: 'published',
    description: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown).',
    value: (s) => s.published,
  },
  { name: 'dating_note', description: 'What is known about a missing date.', value: (s) => s.dating_note },
  { name: 'url', description: 'Where we read it.', value: (s) => s.url },
  { name: 'copy', description: 'original, syndication or mirror.', value: (s) => s.copy },
  {
    name: 'original_url',
    description: 'The publisher\u2019s own address, where we saw it.',
    value: (s) => s.original_url,
  },
  { name: 'copy_of', description: 'Id of the source this one republishes.', value: (s) => s.copy_of?.id },
  {
    name: 'document_symbol',
    description: 'Official document symbol (UN and similar).',
    value: (s) => s.document_symbol,
  },
  { name: 'reliability', description: 'Admiralty reliability, A to F.', value: (s) => s.reliability },
  { name: 'reliability_reason', description: 'Why that reliability.', value: (s) => s.reliability_reason },
  { name: 'language', description: 'BCP 47 language tag.', value: (s) => s.language },
  { name: 'accessed', description: 'When we read it (YYYY-MM-DD).', value: (s) => s.accessed },
  { name: 'cited_by', description: 'Number of claims that cite it.', value: (s) => s.citedBy.length },
  { name: 'last_changed', description: 'When its file last changed, from git.', value: changed },
];

export const ENTITY_COLUMNS: Column<Entity>[] = [
  { name: 'id', description: 'Permanent id; the page is /entities/<id>/.', value: (e) => e.id },
  { name: 'name', description: 'Name as we write it.', value: (e) => e.name },
  { name: 'kind', description: 'organisation, person or place.', value: (e) => e.kind },
  {
    name: 'place_type',
    description: 'For places: country, region, province, district, city or site.',
    value: (e) => e.place_type,
  },
  { name: 'part_of', description: 'Id of the place it lies in.', value: (e) => e.part_of?.id },
  { name: 'summary', description: 'One neutral sentence.', value: (e) => e.summary },
  {
    name: 'aliases',
    description: 'Other names and spellings, as a JSON array of strings.',
    value: (e) => textList(e.aliases),
  },
  {
    name: 'original_names',
    description: 'Names in their own script, as a JSON array of strings.',
    value: (e) => textList(e.original_names.map((n) => n.text)),
  },
  { name: 'wikidata', description: 'Wikidata item id (Q…).', value: (e) => e.wikidata },
  { name: 'claims', description: 'Number of claims that name it.', value: (e) => e.mentionedIn.length },
  { name: 'reviewed', description: 'When an analyst last reviewed it.', value: (e) => e.reviewed },
  { name: 'last_changed', description: 'When its file last changed, from git.', value: changed },
];

export const CSV_FILES = [
  { key: 'claimsCsv', columns: CLAIM_COLUMNS },
  { key: 'evidenceCsv', columns: EVIDENCE_COLUMNS },
  { key: 'sourcesCsv', columns: SOURCE_COLUMNS },
  { key: 'entitiesCsv', columns: ENTITY_COLUMNS },
] as const satisfies { key: DownloadKey; columns: Column<never>[] }[];

// ---------------------------------------------------------------------------------------------
// STIX confidence (lib/emit/stix.ts; shown on the methodology page).

/**
 * The STIX 2.1 confidence appendix's tables, as we apply them.
 * - ICD 203 likelihood is the appendix's "DNI Scale": the claim's likelihood → the note's confidence.
 * - Admiralty credibility 1–6 is the appendix's "Admiralty Credibility" scale: each evidence
 *   item's credibility → its confidence in x_corroborate_evidence (6, "truth cannot be judged", has no value).
 * - Admiralty source reliability A–F has no table in the appendix, so no number is made up for it:
 *   it travels unchanged as x_corroborate_reliability.
 */
export const CONFIDENCE_MAPPING = {
  likelihood: {
    'almost-no-chance': 5,
    'very-unlikely': 15,
    unlikely: 30,
    'roughly-even-chance': 50,
    likely: 70,
    'very-likely': 85,
    'almost-certain': 95,
  } satisfies Record<Likelihood, number> as Record<Likelihood, number>,
  credibility: { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: null } as Record<number, number | null>,
} as const;
