/**
 * The other half of the collection registry (see `collections.ts`): what each collection's files
 * hold. The loader validates against `schema`, `npm run schema` publishes it as `jsonSchemaFile`,
 * CONTRIBUTING.md documents it under `contributingSection`, and `npm run new` writes `skeleton`.
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import type { CollectionType } from './collections';
import {
  ASSESSMENT,
  CLAIM_KIND,
  CLAIM_STATUS,
  CONFIDENCE,
  COPY,
  CREDIBILITY,
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
import { claimSchema, entitySchema, reportSchema, sourceSchema } from './schema';

export interface CollectionFiles {
  /** Strict zod schema of the front matter. */
  schema: z.ZodType;
  /** Where its JSON Schema is published: `/schema/claim.schema.json`. */
  jsonSchemaFile: string;
  /** The section of CONTRIBUTING.md that explains its fields. */
  contributingSection: string;
  /** What the body of a file holds, for the skeleton's placeholder. */
  bodyHint: string;
  /** The skeleton's front-matter lines (`npm run new`), for a title and today's date. */
  skeleton: (title: string, today: string) => string[];
}

const one = (scale: { ids: readonly string[] }) => scale.ids.join(' | ');
/** A title as a one-line YAML value. */
const yamlString = (value: string) => stringify(value.replace(/\s+/g, ' ').trim(), { lineWidth: 0 }).trimEnd();

export const COLLECTION_FILES: Record<CollectionType, CollectionFiles> = {
  claim: {
    schema: claimSchema,
    jsonSchemaFile: 'claim.schema.json',
    contributingSection: '"Claim fields"',
    bodyHint: 'analyst notes',
    skeleton: (title, today) => [
      `title: ${yamlString(title)}`,
      `statement: "" # TODO: the claim in one sentence of our own words: who, what, where, when`,
      `kind: TODO # ${one(CLAIM_KIND)}`,
      `assessment: TODO # ${one(ASSESSMENT)}`,
      `rationale: "" # TODO: one line a reader sees beside the verdict: why this assessment`,
      `likelihood: TODO # ${one(LIKELIHOOD)}; delete this line for kinds opinion and recommendation`,
      `confidence: TODO # ${one(CONFIDENCE)}`,
      `as_of: TODO # the time the claim is about: YYYY-MM-DD, YYYY-MM or YYYY (or from: and to: dates)`,
      `entities: [] # ids of organisations and people in content/entities/, e.g. [iskp, taliban]`,
      `places: [] # ids of places in content/entities/, e.g. [kunar, afghanistan]`,
      `tags: [] # kebab-case topics, e.g. [geographic-spread]`,
      `evidence: # one item per source you read; an opinion or recommendation may have none`,
      `  - source: TODO # the id of a file in content/sources/ (npm run new -- source "<title>" makes one)`,
      `    stance: TODO # ${one(STANCE)}`,
      `    locator: "" # TODO: where in the source: page, paragraph or timestamp`,
      `    credibility: TODO # ${CREDIBILITY.values.map((v) => `${v.value} ${v.label.split(': ')[1]!.toLowerCase()}`).join(' | ')}`,
      `    # quote: "the exact words, copied from the source"`,
      `related: [] # other claims: - claim: <id> / relation: ${one(RELATION)}`,
      `# attributed_to: { report: <report id> } # opinions and recommendations (required for them): whose view it is; or { entity: <entity id> }`,
      `reviewed: ${today} # the day you last checked the evidence`,
      `# review_by: YYYY-MM-DD # when to check it again; leave it out to use the period of its kind (methodology page)`,
      `# status: ${one(CLAIM_STATUS)} # only when it no longer stands; then also superseded_by: <claim id> (superseded), status_reason: "why", status_date: YYYY-MM-DD`,
      '# Below the closing ---: the analyst notes: why this assessment, what each source shows, what is still unknown.',
    ],
  },
  source: {
    schema: sourceSchema,
    jsonSchemaFile: 'source.schema.json',
    contributingSection: '"Source fields"',
    bodyHint: 'about the source',
    skeleton: (title, today) => [
      '# Cite only what you have opened and read yourself.',
      `title: ${yamlString(title)}`,
      `publisher: "" # TODO: the organisation that published it`,
      `# author: "the person or body that wrote it, if named"`,
      `kind: TODO # ${one(SOURCE_KIND)}`,
      `published: TODO # YYYY-MM-DD, YYYY-MM or YYYY as printed on it; delete the line only if no date can be found, and write dating_note`,
      `# dating_note: "why there is no date, and what bounds it (e.g. it reports an event of 3 May 2024)"`,
      `url: TODO # the https:// address where you read it`,
      `copy: TODO # ${one(COPY)}: whose copy you read`,
      `# original_url: https://… # the publisher's own address, only where you saw it`,
      `# document_symbol: S/2021/… # only as printed on the document itself`,
      `reliability: TODO # ${one(RELIABILITY)} (Admiralty code)`,
      `reliability_reason: "" # TODO: one line: why this reliability`,
      `language: en # BCP 47 tag of the text you read: en, fa, ps, ar, ur, ru…`,
      `accessed: ${today} # the day you read it`,
      `# copy_of: <source id> # when it republishes a source we also hold (they count as one line of evidence)`,
      `origins: [] # whose statement it relays: - entity: <entity id> or - name: US officials (with date: YYYY-MM-DD)`,
      '# Below the closing ---: what the source is, how it was produced, and its caveats.',
    ],
  },
  entity: {
    schema: entitySchema,
    jsonSchemaFile: 'entity.schema.json',
    contributingSection: '"Entity fields"',
    bodyHint: 'a description',
    skeleton: (title, today) => [
      `name: ${yamlString(title)}`,
      `kind: TODO # ${one(ENTITY_KIND)}`,
      `summary: "" # TODO: one neutral sentence shown in lists and search`,
      `aliases: [] # every other spelling readers may type, e.g. [ISIS-K, IS-KP]`,
      `original_names: [] # names in their own script: - text: … / lang: ps / seen: true (only if you saw it in a source)`,
      `# place_type: province # places only: ${one(PLACE_TYPE)}`,
      `# part_of: afghanistan # places only: the id of the place that contains it`,
      `# wikidata: Q42 # the Wikidata item, if there is one`,
      `reviewed: ${today} # the day you last checked it`,
      '# Below the closing ---: a short neutral description.',
    ],
  },
  report: {
    schema: reportSchema,
    jsonSchemaFile: 'report.schema.json',
    contributingSection: '"Report fields"',
    bodyHint: 'the report text',
    skeleton: (title, today) => [
      `title: ${yamlString(title)}`,
      `kind: TODO # ${one(REPORT_KIND)}`,
      `# author: "as printed"`,
      `publisher: "" # TODO: where it was published`,
      `published: TODO # YYYY-MM-DD, YYYY-MM or YYYY; if unknown, delete the line and write dating_note`,
      `# dating_note: "what is known about the date or author when they are missing"`,
      `url: TODO # the https:// address of the report; delete the line if there is none`,
      `text: full # full: the body below is its text, claims marked | reference: we may not republish it, so anchor each claim under anchors`,
      `reuse: "" # TODO: why we may show the full text (the licence or the publisher's reuse notice); delete for text: reference`,
      `language: en # BCP 47 tag: en, fa, ps, ar, ur, ru…`,
      `perspective: "" # TODO: whose view it argues, in one neutral sentence`,
      `summary: "" # TODO: what it says, in two or three neutral sentences`,
      `provenance: [] # - source: <id> / relation: ${one(PROVENANCE_RELATION)} / note: …`,
      `entities: [] # ids in content/entities/ that the report is about`,
      `reviewed: ${today} # the day you last checked it`,
      '# Below the closing ---: the report text, verbatim, with each claim marked <Claim id="claim-id">its words</Claim>.',
    ],
  },
};
