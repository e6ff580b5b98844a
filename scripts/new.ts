/**
 * `npm run new -- <claim|source|entity|report> "<title>" [--id <id>]`: writes a skeleton content
 * file whose id (file name) is derived from the title, refuses to overwrite, and prints the path
 * and what to do next. Every placeholder (`TODO`, `""`) breaks a schema rule on purpose, so
 * `npm run validate` lists each one with its line until it is filled in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { suggestion } from '../lib/content/diagnostics';
import { COLLECTION_FILES } from '../lib/model/collection-files';
import { COLLECTION_TYPES, COLLECTIONS, type CollectionType, hrefOf } from '../lib/model/collections';
import { ID_PATTERN, MAX_ID_LENGTH } from '../lib/model/patterns';

const MAX_ID = MAX_ID_LENGTH;
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

const HEADER = (what: string, section: string) => [
  `# A new ${what}. Replace every TODO and "" below: each one fails \`npm run validate\` until you do.`,
  `# Every field is explained in CONTRIBUTING.md (${section}).`,
];

/**
 * The body placeholder: an MDX comment, which content may not contain, so validation fails on it
 * until it is replaced. Kept under 30 characters so the validator's message quotes all of it.
 */
const bodyTodo = (what: string) => `{/* TODO: ${what} */}`;

/** The text of a skeleton file of `type` titled `title`, reviewed `today` (YYYY-MM-DD). */
export function skeleton(type: CollectionType, title: string, today: string): string {
  const files = COLLECTION_FILES[type];
  const lines = [...HEADER(type, files.contributingSection), ...files.skeleton(title, today)];
  return `---\n${lines.join('\n')}\n---\n\n${bodyTodo(files.bodyHint)}\n`;
}

/** Something the contributor must fix before a file can be written. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

export interface CreateOptions {
  type: CollectionType;
  title: string;
  /** The id to use instead of one derived from the title. */
  id?: string;
  /** The content folder (holding claims/, sources/, …). */
  contentDir: string;
  /** YYYY-MM-DD for `reviewed` and `accessed`. */
  today: string;
}

/** Writes the skeleton and returns its id and path; never overwrites an existing file. */
export function createContentFile({ type, title, id: givenId, contentDir, today }: CreateOptions): {
  id: string;
  file: string;
} {
  if (!title.trim())
    throw new ScaffoldError(
      'the title is empty: give the title in quotes, e.g. npm run new -- claim "ISKP present in nearly all provinces"',
    );
  const id = givenId ?? slugify(title);
  if (!id)
    throw new ScaffoldError(
      `no id can be derived from "${title}" (it has no Latin letters or digits): give one with --id, e.g. --id iskp-kunar-meeting-2025`,
    );
  if (!ID_PATTERN.test(id) || id.length > MAX_ID)
    throw new ScaffoldError(
      `"${id}" is not a valid id: use lower-case ASCII letters, digits and single hyphens, at most ${MAX_ID} characters`,
    );
  const dir = path.join(contentDir, COLLECTIONS[type].folder);
  const file = path.join(dir, `${id}.mdx`);
  fs.mkdirSync(dir, { recursive: true });
  try {
    fs.writeFileSync(file, skeleton(type, title, today), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    throw new ScaffoldError(
      `${displayPath(file)} already exists; nothing was written. Edit that file, or choose another title or --id (ids are permanent URLs: never reuse one for something else).`,
    );
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
  if (!type || !(COLLECTION_TYPES as readonly string[]).includes(type)) {
    console.error(type ? `✗ unknown type "${type}".${suggestion(type, COLLECTION_TYPES)}\n${USAGE}` : USAGE);
    return 1;
  }
  const contentType = type as CollectionType;
  const contentDir = path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content');
  let created: { id: string; file: string };
  try {
    created = createContentFile({
      type: contentType,
      title: words.join(' '),
      id,
      contentDir,
      today: new Date().toISOString().slice(0, 10),
    });
  } catch (e) {
    if (!(e instanceof ScaffoldError)) throw e;
    console.error(`✗ ${e.message}\n${USAGE}`);
    return 1;
  }
  const url = `http://localhost:3000${hrefOf(contentType, created.id)}`;
  const steps = [
    'Open the file and replace every TODO and "" (the comment on each line says what it takes).',
    ...(contentType === 'claim'
      ? [
          'Cite each source you read under evidence: its id is a file name in content/sources/ (npm run new -- source "<title>" makes one).',
        ]
      : []),
    'npm run validate   lists what is still missing, with line and column, until the file is complete.',
    `npm run dev        shows the page at ${url}`,
    'Open a pull request: CONTRIBUTING.md explains every field and the review checklist.',
  ];
  console.log(
    `✓ created ${displayPath(created.file)} (id ${created.id})\n\nNext:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  process.exit(main(process.argv.slice(2)));
