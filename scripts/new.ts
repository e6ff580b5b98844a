/**
 * `npm run new -- <claim|source|entity|report> "<title>" [--id <id>]`: writes a skeleton content
 * file whose id (file name) is derived from the title, refuses to overwrite, and prints the path
 * and what to do next. Every placeholder (`TODO`, `""`) breaks a schema rule on purpose, so
 * `npm run validate` lists each one with its line until it is filled in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { suggestion } from '../lib/diagnostics';
import { ASSESSMENT, CLAIM_KIND, CONFIDENCE, COPY, CREDIBILITY, ENTITY_KIND, LIKELIHOOD, PLACE_TYPE, PROVENANCE_RELATION, RELATION, RELIABILITY, REPORT_KIND, SOURCE_KIND, STANCE } from '../lib/scales';
import { type CollectionName, ID_PATTERN } from '../lib/schema';

/** The types `npm run new` makes, and the folder of content/ each goes in. */
export const TYPES = { claim: 'claims', source: 'sources', entity: 'entities', report: 'reports' } as const satisfies Record<string, CollectionName>;
export type ContentType = keyof typeof TYPES;

const MAX_ID = 80;
/** Letters that Unicode decomposition leaves alone but readers expect transliterated. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * A kebab-case ASCII id from a title: diacritics stripped, apostrophes dropped, every other run
 * of non-alphanumerics a single hyphen, at most 80 characters (cut at a word boundary).
 * Returns '' when the title has no Latin letters or digits (give an id with --id instead).
 */
export function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_ID) return ascii;
  const cut = ascii.slice(0, MAX_ID + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : ascii.slice(0, MAX_ID)).replace(/-+$/, '');
}

const one = (scale: { ids: readonly string[] }) => scale.ids.join(' | ');
const yamlString = (value: string) => stringify(value.replace(/\s+/g, ' ').trim(), { lineWidth: 0 }).trimEnd();

const HEADER = (what: string, section: string) =>
  [`# A new ${what}. Replace every TODO and "" below: each one fails \`npm run validate\` until you do.`, `# Every field is explained in CONTRIBUTING.md (${section}).`];

/**
 * The body placeholder: an MDX comment, which content may not contain, so validation fails on it
 * until it is replaced. Kept under 30 characters so the validator's message quotes all of it.
 */
const bodyTodo = (what: string) => `{/* TODO: ${what} */}`;

/** The text of a skeleton file of `type` titled `title`, reviewed `today` (YYYY-MM-DD). */
export function skeleton(type: ContentType, title: string, today: string): string {
  const t = yamlString(title);
  const lines: Record<ContentType, string[]> = {
    claim: [
      ...HEADER('claim', '"Claim fields"'),
      `title: ${t}`,
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
      `reviewed: ${today} # the day you last checked the evidence`,
      '# Below the closing ---: the analyst notes: why this assessment, what each source shows, what is still unknown.',
    ],
    source: [
      ...HEADER('source', '"Source fields"'),
      '# Cite only what you have opened and read yourself.',
      `title: ${t}`,
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
      '# Below the closing ---: what the source is, how it was produced, and its caveats.',
    ],
    entity: [
      ...HEADER('entity', '"Entity fields"'),
      `name: ${t}`,
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
    report: [
      ...HEADER('report', '"Report fields"'),
      `title: ${t}`,
      `kind: TODO # ${one(REPORT_KIND)}`,
      `# author: "as printed"`,
      `publisher: "" # TODO: where it was published`,
      `published: TODO # YYYY-MM-DD, YYYY-MM or YYYY; if unknown, delete the line and write dating_note`,
      `# dating_note: "what is known about the date or author when they are missing"`,
      `url: TODO # the https:// address of the copy you annotate; delete the line if there is none`,
      `language: en # BCP 47 tag: en, fa, ps, ar, ur, ru…`,
      `perspective: "" # TODO: whose view it argues, in one neutral sentence`,
      `summary: "" # TODO: what it says, in two or three neutral sentences`,
      `provenance: [] # - source: <id> / relation: ${one(PROVENANCE_RELATION)} / note: …`,
      `entities: [] # ids in content/entities/ that the report is about`,
      `reviewed: ${today} # the day you last checked it`,
      '# Below the closing ---: the report text, verbatim, with each claim marked <Claim id="claim-id">its words</Claim>.',
    ],
  };
  const body: Record<ContentType, string> = { claim: 'analyst notes', source: 'about the source', entity: 'a description', report: 'the report text' };
  return `---\n${lines[type].join('\n')}\n---\n\n${bodyTodo(body[type])}\n`;
}

/** Something the contributor must fix before a file can be written. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

export interface CreateOptions {
  type: ContentType;
  title: string;
  /** The id to use instead of one derived from the title. */
  id?: string;
  /** The content folder (holding claims/, sources/, …). */
  contentDir: string;
  /** YYYY-MM-DD for `reviewed` and `accessed`. */
  today: string;
}

/** Writes the skeleton and returns its id and path; never overwrites an existing file. */
export function createContentFile({ type, title, id: givenId, contentDir, today }: CreateOptions): { id: string; file: string } {
  if (!title.trim()) throw new ScaffoldError('the title is empty: give the title in quotes, e.g. npm run new -- claim "ISKP present in nearly all provinces"');
  const id = givenId ?? slugify(title);
  if (!id) throw new ScaffoldError(`no id can be derived from "${title}" (it has no Latin letters or digits): give one with --id, e.g. --id iskp-kunar-meeting-2025`);
  if (!ID_PATTERN.test(id) || id.length > MAX_ID) throw new ScaffoldError(`"${id}" is not a valid id: use lower-case ASCII letters, digits and single hyphens, at most ${MAX_ID} characters`);
  const dir = path.join(contentDir, TYPES[type]);
  const file = path.join(dir, `${id}.mdx`);
  fs.mkdirSync(dir, { recursive: true });
  try {
    fs.writeFileSync(file, skeleton(type, title, today), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    throw new ScaffoldError(`${displayPath(file)} already exists; nothing was written. Edit that file, or choose another title or --id (ids are permanent URLs: never reuse one for something else).`);
  }
  return { id, file };
}

const displayPath = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

const USAGE = 'usage: npm run new -- <claim|source|entity|report> "<title>" [--id <id>]';

function main(args: string[]): number {
  const idAt = args.indexOf('--id');
  const id = idAt >= 0 ? args[idAt + 1] : undefined;
  const [type, ...words] = args.filter((_, i) => idAt < 0 || (i !== idAt && i !== idAt + 1));
  if (idAt >= 0 && !id) {
    console.error(`✗ --id needs a value, e.g. --id iskp-kunar-meeting-2025\n${USAGE}`);
    return 1;
  }
  if (!type || !(type in TYPES)) {
    console.error(type ? `✗ unknown type "${type}".${suggestion(type, Object.keys(TYPES))}\n${USAGE}` : USAGE);
    return 1;
  }
  const contentType = type as ContentType;
  const contentDir = path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content');
  let created: { id: string; file: string };
  try {
    created = createContentFile({ type: contentType, title: words.join(' '), id, contentDir, today: new Date().toISOString().slice(0, 10) });
  } catch (e) {
    if (!(e instanceof ScaffoldError)) throw e;
    console.error(`✗ ${e.message}\n${USAGE}`);
    return 1;
  }
  const url = `http://localhost:3000/${TYPES[contentType]}/${created.id}/`;
  const steps = [
    'Open the file and replace every TODO and "" (the comment on each line says what it takes).',
    ...(contentType === 'claim' ? ['Cite each source you read under evidence: its id is a file name in content/sources/ (npm run new -- source "<title>" makes one).'] : []),
    'npm run validate   lists what is still missing, with line and column, until the file is complete.',
    `npm run dev        shows the page at ${url}`,
    'Open a pull request: CONTRIBUTING.md explains every field and the review checklist.',
  ];
  console.log(`✓ created ${displayPath(created.file)} (id ${created.id})\n\nNext:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exit(main(process.argv.slice(2)));
