/**
 * The front-matter schemas of the four collections. This file is the single source of truth:
 * the validator, the TypeScript types, the generated JSON Schema and the field table in
 * CONTRIBUTING.md all derive from it. Every object is strict: an unknown key is an error.
 */
import { z } from 'zod';
import {
  ASSESSMENT,
  CLAIM_KIND,
  CLAIM_STATUS,
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
} from './scales';
import { BCP47_PATTERN, DATE_PATTERN, ID_PATTERN, MAX_ID_LENGTH, PARTIAL_DATE_PATTERN } from './patterns';

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'must be a kebab-case id: lower-case ASCII letters, digits and single hyphens' })
  .max(MAX_ID_LENGTH, { error: `an id may have at most ${MAX_ID_LENGTH} characters` });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined || d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const dateSchema = z
  .string({ error: 'must be a date written as YYYY-MM-DD (quote it if your editor changes it)' })
  .regex(DATE_PATTERN, { error: 'must be a date written as YYYY-MM-DD' })
  .refine(isRealDate, { error: 'is not a real calendar date' });

export const partialDateSchema = z
  .string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(PARTIAL_DATE_PATTERN, { error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isRealDate, { error: 'is not a real calendar date' });

/** Only http(s) URLs: anything else (javascript:, data:, file:) is rejected. */
export const urlSchema = z
  .string()
  .max(2048)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: 'must be an absolute http:// or https:// URL' },
  )
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return !url.username && !url.password;
      } catch {
        return true;
      }
    },
    // https://www.un.org@evil.example/ reads as the UN's site and opens evil.example.
    {
      error:
        'must not have a user name or password before "@": the browser would go to the host after the "@", not the one it seems to name. Write the address without it',
      abort: true,
    },
  );

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

const languageSchema = (example: string) =>
  z
    .string()
    .max(35, { error: `must be a BCP 47 language tag such as ${example}` })
    .regex(BCP47_PATTERN, { error: `must be a BCP 47 language tag such as ${example}` });

/** A list of at most `max` items: every list is bounded, so no file can make the site grow without limit (each item is a link on another page). */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { error: `must list at most ${max} items: keep the ones that matter most` });

const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

export const evidenceSchema = z.strictObject({
  source: idSchema,
  stance: enumOf(STANCE.ids),
  locator: text(200),
  credibility: z.number().int().min(1).max(6),
  quote: text(600).optional(),
  note: text(600).optional(),
});

export const relatedSchema = z.strictObject({
  claim: idSchema,
  relation: enumOf(RELATION.ids),
  note: text(300).optional(),
});

export const dateRangeSchema = z.strictObject({ from: dateSchema, to: dateSchema });

/** Exactly one of `keys` is given (the object forms of a reference: to a report, an entity, or a name). */
const oneOf = (keys: readonly string[]) => (value: Record<string, unknown>) =>
  keys.filter((k) => value[k] !== undefined).length === 1;

/** Who holds the view of an opinion or recommendation: the report that argues it, or an entity. */
export const attributionSchema = z
  .strictObject({ report: idSchema.optional(), entity: idSchema.optional() })
  .refine(oneOf(['report', 'entity']), { error: 'give exactly one of report: <report id> or entity: <entity id>' });

export const claimSchema = z.strictObject({
  title: text(120),
  statement: text(600),
  kind: enumOf(CLAIM_KIND.ids),
  assessment: enumOf(ASSESSMENT.ids),
  /** One line a reader sees beside the verdict: why this assessment. */
  rationale: text(300),
  likelihood: enumOf(LIKELIHOOD.ids).optional(),
  confidence: enumOf(CONFIDENCE.ids),
  as_of: z.union([partialDateSchema, dateRangeSchema]),
  entities: list(idSchema, 50).default([]),
  places: list(idSchema, 50).default([]),
  tags: list(idSchema, 20).default([]),
  evidence: list(evidenceSchema, 50).default([]),
  related: list(relatedSchema, 50).default([]),
  /** Who holds the view; required for kinds opinion and recommendation. */
  attributed_to: attributionSchema.optional(),
  reviewed: dateSchema,
  /** When the claim is next due for review; by default `reviewed` plus the period of its kind (lib/model/claim-status.ts). */
  review_by: dateSchema.optional(),
  /** Superseded or withdrawn (absent while the claim is current). */
  status: enumOf(CLAIM_STATUS.ids).optional(),
  /** The claim that replaces this one (status superseded). */
  superseded_by: idSchema.optional(),
  /** Why it was superseded or withdrawn, in one line. */
  status_reason: text(300).optional(),
  /** When it was superseded or withdrawn. */
  status_date: dateSchema.optional(),
});

export const originalNameSchema = z.strictObject({
  text: text(200),
  /** BCP 47 language tag, e.g. ps, fa-AF, ar, ur. */
  lang: languageSchema('ps, fa or ar'),
  /** true only where we saw this spelling in a source; false marks it as unchecked. */
  seen: z.boolean(),
});

export const entitySchema = z.strictObject({
  name: text(120),
  kind: enumOf(ENTITY_KIND.ids),
  /** One neutral sentence shown in lists and search. */
  summary: text(300),
  aliases: list(text(120), 50).default([]),
  original_names: list(originalNameSchema, 20).default([]),
  place_type: enumOf(PLACE_TYPE.ids).optional(),
  part_of: idSchema.optional(),
  wikidata: z
    .string()
    .max(12, { error: 'must be a Wikidata item id such as Q42' })
    .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as Q42' })
    .optional(),
  reviewed: dateSchema,
});

/** What is known about a missing date (or author), and how we know it. */
const datingNoteSchema = text(600);

/** Whose statement a source relays: an entity we hold, or a named origin without a page. */
export const originSchema = z
  .strictObject({ entity: idSchema.optional(), name: text(120).optional(), date: partialDateSchema.optional() })
  .refine(oneOf(['entity', 'name']), { error: 'give exactly one of entity: <entity id> or name: <who said it>' });

export const sourceSchema = z.strictObject({
  title: text(300),
  publisher: text(200),
  author: text(200).optional(),
  kind: enumOf(SOURCE_KIND.ids),
  published: partialDateSchema.optional(),
  /** When `published` is missing: why, and what bounds the date. */
  dating_note: datingNoteSchema.optional(),
  /** Where we read it. */
  url: urlSchema,
  copy: enumOf(COPY.ids),
  /** The publisher's own URL, only where we saw it. */
  original_url: urlSchema.optional(),
  document_symbol: text(80).optional(),
  reliability: enumOf(RELIABILITY.ids),
  reliability_reason: text(300),
  language: languageSchema('en').default('en'),
  accessed: dateSchema.optional(),
  /** The source this one republishes (a syndication or mirror of a source we hold). */
  copy_of: idSchema.optional(),
  /** Whose statements it relays (an agency's claim, officials speaking, a report it summarises). */
  origins: list(originSchema, 20).default([]),
});

export const provenanceSchema = z.strictObject({
  source: idSchema,
  relation: enumOf(PROVENANCE_RELATION.ids),
  note: text(600),
});

/** Where a by-reference report makes a claim: a short quotation with its place and context (W3C TextQuoteSelector). */
export const anchorSchema = z.strictObject({
  claim: idSchema,
  /** The report's words, verbatim: at most about 40 words, as a fair quotation. */
  quote: text(400),
  /** Where in the report: section, paragraph or page. */
  locator: text(200),
  /** A few words right before and after the quotation, verbatim. */
  prefix: text(200).optional(),
  suffix: text(200).optional(),
});

export const reportSchema = z.strictObject({
  title: text(200),
  kind: enumOf(REPORT_KIND.ids),
  author: text(200).optional(),
  publisher: text(200),
  published: partialDateSchema.optional(),
  /** What is known about the date or author when they are missing. */
  dating_note: datingNoteSchema.optional(),
  url: urlSchema.optional(),
  /** Where we read it, when that is not `url` (a mirror, an archive). */
  read_at: urlSchema.optional(),
  /** `full`: the body is the report's text with its claims marked. `reference`: the claims are anchored by quotation. */
  text: enumOf(['full', 'reference'] as const).default('full'),
  /** Why we may show the full text (a licence, the publisher's reuse notice). */
  reuse: text(600).optional(),
  anchors: list(anchorSchema, 300).default([]),
  language: languageSchema('en').default('en'),
  /** Whose view it argues, in one neutral sentence. */
  perspective: text(400),
  summary: text(800),
  provenance: list(provenanceSchema, 50).default([]),
  entities: list(idSchema, 100).default([]),
  reviewed: dateSchema,
});

export type ClaimData = z.infer<typeof claimSchema>;
export type EntityData = z.infer<typeof entitySchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type ReportData = z.infer<typeof reportSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Related = z.infer<typeof relatedSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Anchor = z.infer<typeof anchorSchema>;
export type Origin = z.infer<typeof originSchema>;
