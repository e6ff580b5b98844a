/**
 * The whole knowledge base as one JSON file, with `schema_version`, and the JSON Schema it
 * validates against (generated from the zod schema below, published beside it). References
 * between records are ids; `url` fields are absolute under SITE_URL, site-relative without it
 * (`base_url` is then null and `note` says so).
 */
import { z } from 'zod';
import type { AssessmentState, Corpus } from '../model/corpus';
import { DOWNLOADS, JSON_SCHEMA_VERSION, dataDate } from '../model/open-data';
import { DATE_PATTERN, ID_PATTERN, PARTIAL_DATE_PATTERN } from '../model/patterns';
import {
  ASSESSMENT,
  CLAIM_KIND,
  CONFIDENCE,
  COPY,
  ENTITY_KIND,
  LIKELIHOOD,
  PLACE_TYPE,
  PROVENANCE_RELATION,
  RELATION,
  RELIABILITY,
  REPORT_KIND,
  SOURCE_KIND,
  STANCE,
} from '../model/scales';
import { absoluteUrl, RELATIVE_URL_NOTE, SITE, type SiteIdentity } from '../model/site';
import type { EmittedFile } from './emitter';

const id = z.string().regex(ID_PATTERN);
const date = z.string().regex(DATE_PATTERN);
const partialDate = z.string().regex(PARTIAL_DATE_PATTERN);
const url = z
  .string()
  .min(1)
  .describe('Absolute under base_url; site-relative (starting with /) when base_url is null.');
const text = z.string();
const e = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

const state = z.strictObject({
  assessment: e(ASSESSMENT.ids),
  likelihood: e(LIKELIHOOD.ids).optional(),
  confidence: e(CONFIDENCE.ids),
});

const claimRecord = z.strictObject({
  id,
  url,
  title: text,
  display_title: text,
  statement: text,
  kind: e(CLAIM_KIND.ids),
  assessment: e(ASSESSMENT.ids),
  likelihood: e(LIKELIHOOD.ids).optional(),
  confidence: e(CONFIDENCE.ids),
  rationale: text,
  as_of: z.union([partialDate, z.strictObject({ from: date, to: date })]),
  attributed_to: z.strictObject({ name: text, report: id.optional(), entity: id.optional() }).optional(),
  entities: z.array(id),
  places: z.array(id),
  tags: z.array(text),
  evidence: z.array(
    z.strictObject({
      source: id,
      stance: e(STANCE.ids),
      locator: text,
      credibility: z.number().int().min(1).max(6),
      quote: text.optional(),
      note: text.optional(),
      cannot_support: text
        .optional()
        .describe('Why this item cannot count as support: the claim\u2019s own report or a copy of it.'),
    }),
  ),
  lines: z
    .array(z.strictObject({ items: z.array(z.number().int().min(0)), original: id.optional(), origins: z.array(text) }))
    .describe('Independent lines of support; items index the evidence list from 0.'),
  related: z.array(z.strictObject({ claim: id, relation: e(RELATION.ids), note: text.optional() })),
  appears_in: z.array(
    z.strictObject({
      report: id,
      quote: text,
      paragraph: z.number().int().min(1).optional(),
      locator: text.optional(),
      prefix: text.optional(),
      suffix: text.optional(),
    }),
  ),
  history: z.strictObject({
    complete: z.boolean(),
    changes: z.array(
      z.strictObject({
        date,
        commit: z.string().regex(/^[0-9a-f]{40}$/),
        subject: text,
        from: state.nullable(),
        to: state,
      }),
    ),
  }),
  notes: text,
  reviewed: date,
  last_changed: date.nullable(),
});

const sourceRecord = z.strictObject({
  id,
  url,
  title: text,
  publisher: text,
  author: text.optional(),
  kind: e(SOURCE_KIND.ids),
  published: partialDate.optional(),
  dating_note: text.optional(),
  source_url: z.string().describe('Where we read it.'),
  copy: e(COPY.ids),
  original_url: z.string().optional(),
  copy_of: id.optional(),
  document_symbol: text.optional(),
  reliability: e(RELIABILITY.ids),
  reliability_reason: text,
  language: text,
  accessed: date.optional(),
  origins: z.array(z.strictObject({ name: text, entity: id.optional(), date: partialDate.optional() })),
  notes: text,
  last_changed: date.nullable(),
});

const entityRecord = z.strictObject({
  id,
  url,
  name: text,
  kind: e(ENTITY_KIND.ids),
  place_type: e(PLACE_TYPE.ids).optional(),
  part_of: id.optional(),
  summary: text,
  aliases: z.array(text),
  original_names: z.array(z.strictObject({ text, lang: text, seen: z.boolean() })),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/)
    .optional(),
  notes: text,
  reviewed: date,
  last_changed: date.nullable(),
});

const reportRecord = z.strictObject({
  id,
  url,
  title: text,
  kind: e(REPORT_KIND.ids),
  author: text.optional(),
  publisher: text,
  published: partialDate.optional(),
  dating_note: text.optional(),
  report_url: z.string().optional().describe('Where it was published.'),
  read_at: z.string().optional(),
  text: e(['full', 'reference'] as const),
  reuse: text.optional(),
  language: text,
  perspective: text,
  summary: text,
  provenance: z.array(z.strictObject({ source: id, relation: e(PROVENANCE_RELATION.ids), note: text })),
  entities: z.array(id),
  claims: z.array(id).describe('Distinct claims in order of first appearance.'),
  plain_text: text.optional().describe('Full-text reports only: the text as published, markup removed.'),
  reviewed: date,
  last_changed: date.nullable(),
});

export const knowledgeBaseSchema = z.strictObject({
  schema_version: z.literal(JSON_SCHEMA_VERSION),
  name: text,
  base_url: z.string().nullable(),
  note: text.optional(),
  licence: z.strictObject({ name: text, url: z.string(), scope: text }),
  data_date: date.nullable().describe('When the data last changed (the latest file change recorded by git).'),
  claims: z.array(claimRecord),
  sources: z.array(sourceRecord),
  entities: z.array(entityRecord),
  reports: z.array(reportRecord),
});

export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;

/** The published JSON Schema of the download. */
export function knowledgeBaseJsonSchema(identity: Pick<SiteIdentity, 'url'> = SITE): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(knowledgeBaseSchema, { io: 'output' });
  return {
    $schema,
    $id: absoluteUrl(`/${DOWNLOADS.jsonSchema.path}`, identity),
    title: `${SITE.name} knowledge base, schema_version ${JSON_SCHEMA_VERSION}`,
    description: 'The JSON download of the whole knowledge base. References between records are ids.',
    ...rest,
  };
}

const stateOf = (s: AssessmentState) => ({
  assessment: s.assessment,
  ...(s.likelihood ? { likelihood: s.likelihood } : {}),
  confidence: s.confidence,
});
/** Drops undefined values, so optional fields are absent rather than null. */
const defined = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function knowledgeBase(corpus: Corpus, identity: Pick<SiteIdentity, 'url'> = SITE): KnowledgeBase {
  const u = (path: string) => absoluteUrl(path, identity);
  return {
    schema_version: JSON_SCHEMA_VERSION,
    name: SITE.name,
    base_url: identity.url,
    ...(identity.url ? {} : { note: RELATIVE_URL_NOTE }),
    licence: {
      ...SITE.licence,
      scope:
        'Our own text: assessments, rationales, notes and summaries. Quotations and report text remain under their publishers\u2019 terms (see each report\u2019s reuse field).',
    },
    data_date: dataDate(corpus),
    claims: corpus.claims.map((c) =>
      defined({
        id: c.id,
        url: u(c.href),
        title: c.title,
        display_title: c.displayTitle,
        statement: c.statement,
        kind: c.kind,
        assessment: c.assessment,
        likelihood: c.likelihood,
        confidence: c.confidence,
        rationale: c.rationale,
        as_of: c.as_of,
        attributed_to: c.attributed_to
          ? defined({
              name: c.attributed_to.name,
              report: c.attributed_to.report?.id,
              entity: c.attributed_to.entity?.id,
            })
          : undefined,
        entities: c.entities.map((x) => x.id),
        places: c.places.map((x) => x.id),
        tags: c.tags,
        evidence: c.evidence.map((ev, i) =>
          defined({
            source: ev.source.id,
            stance: ev.stance,
            locator: ev.locator,
            credibility: ev.credibility,
            quote: ev.quote,
            note: ev.note,
            cannot_support: c.ownSources[i],
          }),
        ),
        lines: c.lines.map((l) =>
          defined({ items: l.items, original: l.original?.id, origins: l.origins.map((o) => o.name) }),
        ),
        related: c.related.map((r) => defined({ claim: r.claim.id, relation: r.relation, note: r.note })),
        appears_in: c.appearsIn.map((a) =>
          defined({
            report: a.report.id,
            quote: a.quote,
            paragraph: a.paragraph,
            locator: a.locator,
            prefix: a.prefix,
            suffix: a.suffix,
          }),
        ),
        history: {
          complete: c.history.complete,
          changes: c.history.changes.map((h) => ({
            date: h.date,
            commit: h.commit,
            subject: h.subject,
            from: h.from ? stateOf(h.from) : null,
            to: stateOf(h.to),
          })),
        },
        notes: c.plainText,
        reviewed: c.reviewed,
        last_changed: c.lastChanged?.date ?? null,
      }),
    ),
    sources: corpus.sources.map((s) =>
      defined({
        id: s.id,
        url: u(s.href),
        title: s.title,
        publisher: s.publisher,
        author: s.author,
        kind: s.kind,
        published: s.published,
        dating_note: s.dating_note,
        source_url: s.url,
        copy: s.copy,
        original_url: s.original_url,
        copy_of: s.copy_of?.id,
        document_symbol: s.document_symbol,
        reliability: s.reliability,
        reliability_reason: s.reliability_reason,
        language: s.language,
        accessed: s.accessed,
        origins: s.origins.map((o) => defined({ name: o.name, entity: o.entity?.id, date: o.date })),
        notes: s.plainText,
        last_changed: s.lastChanged?.date ?? null,
      }),
    ),
    entities: corpus.entities.map((en) =>
      defined({
        id: en.id,
        url: u(en.href),
        name: en.name,
        kind: en.kind,
        place_type: en.place_type,
        part_of: en.part_of?.id,
        summary: en.summary,
        aliases: en.aliases,
        original_names: en.original_names.map((n) => ({ text: n.text, lang: n.lang, seen: n.seen })),
        wikidata: en.wikidata,
        notes: en.plainText,
        reviewed: en.reviewed,
        last_changed: en.lastChanged?.date ?? null,
      }),
    ),
    reports: corpus.reports.map((r) =>
      defined({
        id: r.id,
        url: u(r.href),
        title: r.title,
        kind: r.kind,
        author: r.author,
        publisher: r.publisher,
        published: r.published,
        dating_note: r.dating_note,
        report_url: r.url,
        read_at: r.read_at,
        text: r.text,
        reuse: r.reuse,
        language: r.language,
        perspective: r.perspective,
        summary: r.summary,
        provenance: r.provenance.map((p) => ({ source: p.source.id, relation: p.relation, note: p.note })),
        entities: r.entities.map((x) => x.id),
        claims: r.claims.map((x) => x.id),
        plain_text: r.text === 'full' ? r.plainText : undefined,
        reviewed: r.reviewed,
        last_changed: r.lastChanged?.date ?? null,
      }),
    ),
  };
}

export function knowledgeBaseFiles(corpus: Corpus, identity: Pick<SiteIdentity, 'url'> = SITE): EmittedFile[] {
  return [
    { path: DOWNLOADS.json.path, content: `${JSON.stringify(knowledgeBase(corpus, identity))}\n` },
    { path: DOWNLOADS.jsonSchema.path, content: `${JSON.stringify(knowledgeBaseJsonSchema(identity), null, 2)}\n` },
  ];
}
