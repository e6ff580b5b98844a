/**
 * The front-matter schemas of the four collections. This file is the single source of truth:
 * the validator, the TypeScript types, the generated JSON Schema and the field table in
 * CONTRIBUTING.md all derive from it. Every object is strict: an unknown key is an error.
 */
import { z } from 'zod';
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
  );

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });

const languageSchema = (example: string) => z.string().regex(BCP47_PATTERN, { error: `must be a BCP 47 language tag such as ${example}` });

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
  entities: z.array(idSchema).default([]),
  places: z.array(idSchema).default([]),
  tags: z.array(idSchema).default([]),
  evidence: z.array(evidenceSchema).default([]),
  related: z.array(relatedSchema).default([]),
  reviewed: dateSchema,
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
  aliases: z.array(text(120)).default([]),
  original_names: z.array(originalNameSchema).default([]),
  place_type: enumOf(PLACE_TYPE.ids).optional(),
  part_of: idSchema.optional(),
  wikidata: z.string().regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as Q42' }).optional(),
  reviewed: dateSchema,
});

/** What is known about a missing date (or author), and how we know it. */
const datingNoteSchema = text(600);

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
});

export const provenanceSchema = z.strictObject({
  source: idSchema,
  relation: enumOf(PROVENANCE_RELATION.ids),
  note: text(600),
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
  language: languageSchema('en').default('en'),
  /** Whose view it argues, in one neutral sentence. */
  perspective: text(400),
  summary: text(800),
  provenance: z.array(provenanceSchema).default([]),
  entities: z.array(idSchema).default([]),
  reviewed: dateSchema,
});

export type ClaimData = z.infer<typeof claimSchema>;
export type EntityData = z.infer<typeof entitySchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type ReportData = z.infer<typeof reportSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Related = z.infer<typeof relatedSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
