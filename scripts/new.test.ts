import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { COLLECTION_TYPES, COLLECTIONS, type CollectionType } from '../lib/model/collections';
import { createContentFile, ScaffoldError, skeleton, slugify } from './new';

const FIXTURES = path.resolve('tests/fixtures/valid');
const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
const TODAY = '2026-11-25';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-new-'));
  fs.cpSync(FIXTURES, dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('slugify', () => {
  it.each([
    ['ISKP present in nearly all provinces (Nov 2021)', 'iskp-present-in-nearly-all-provinces-nov-2021'],
    ['Kunar meeting, January 2025: “reliable sources”', 'kunar-meeting-january-2025-reliable-sources'],
    ['Taliban’s GDI raids Mazār-e Sharīf', 'talibans-gdi-raids-mazar-e-sharif'],
    ['Straße, Æsir, Łódź, Øresund', 'strasse-aesir-lodz-oresund'],
    ['  --Already-kebab--  ', 'already-kebab'],
    ['داعش خراسان', ''],
  ])('%s → %s', (title, id) => expect(slugify(title)).toBe(id));

  it('keeps ids to 80 characters, cut at a word boundary', () => {
    const id = slugify('word '.repeat(40));
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id).toMatch(/^word(-word)*$/);
    expect(slugify('x'.repeat(100))).toHaveLength(80);
  });
});

describe('createContentFile', () => {
  it('writes the skeleton under the collection folder and refuses to overwrite it', () => {
    const { id, file } = createContentFile({ type: 'claim', title: 'A new claim', contentDir: dir, today: TODAY });
    expect(id).toBe('a-new-claim');
    expect(file).toBe(path.join(dir, 'claims', 'a-new-claim.mdx'));
    fs.appendFileSync(file, 'my edits\n');
    expect(() => createContentFile({ type: 'claim', title: 'A new claim', contentDir: dir, today: TODAY })).toThrow(
      /already exists; nothing was written/,
    );
    expect(fs.readFileSync(file, 'utf8')).toMatch(/my edits\n$/);
  });

  it('takes an explicit id, and rejects one that is not kebab-case', () => {
    expect(
      createContentFile({ type: 'entity', title: 'داعش', id: 'iskp-arabic', contentDir: dir, today: TODAY }).id,
    ).toBe('iskp-arabic');
    expect(() =>
      createContentFile({ type: 'entity', title: 'X', id: 'Not_Kebab', contentDir: dir, today: TODAY }),
    ).toThrow(ScaffoldError);
    expect(() => createContentFile({ type: 'entity', title: 'داعش', contentDir: dir, today: TODAY })).toThrow(/--id/);
    expect(() => createContentFile({ type: 'entity', title: '  ', contentDir: dir, today: TODAY })).toThrow(
      /title is empty/,
    );
  });

  it('quotes titles that YAML would misread', () => {
    const text = skeleton('claim', 'ISKP: "present" # everywhere', TODAY);
    expect(text).toContain(`title: 'ISKP: "present" # everywhere'`);
  });
});

/** What a contributor writes over each placeholder, by field name. */
const FILLED: Record<string, string> = {
  statement: 'A UN official said the group was present in most provinces.',
  kind: 'event',
  assessment: 'unverified',
  rationale: 'Only one outlet reports it.',
  likelihood: 'likely',
  confidence: 'low',
  as_of: '2024-05',
  source: 'un-briefing',
  stance: 'supports',
  locator: 'para 3',
  credibility: '3',
  publisher: 'Example News',
  published: '2024-05-01',
  url: 'https://example.org/story',
  copy: 'original',
  reliability: 'B',
  reliability_reason: 'A wire service with a record of accurate reporting.',
  summary: 'A neutral one-line summary.',
  perspective: 'An outlet reporting the meeting.',
  reuse: 'Written for the test.',
};
const PLACEHOLDER = /^(\s*(?:- )?)([a-z_]+): (?:TODO|"")(?= #|$)/;

function fill(text: string, type: CollectionType): string {
  const body =
    type === 'report'
      ? 'It says <Claim id="group-present-everywhere">the group is everywhere</Claim>.'
      : 'What we found.';
  const kind: Partial<Record<CollectionType, string>> = { entity: 'organisation', report: 'news', source: 'news' };
  return text
    .split('\n')
    .map((line) =>
      line.replace(
        PLACEHOLDER,
        (_, indent: string, field: string) =>
          `${indent}${field}: ${field === 'kind' ? (kind[type] ?? FILLED.kind) : FILLED[field]}`,
      ),
    )
    .join('\n')
    .replace(/\{\/\* TODO: [^*]*\*\/\}/, body);
}

/** 1-based line numbers of the placeholders in a skeleton. */
const placeholderLines = (text: string) =>
  text.split('\n').flatMap((line, i) => (PLACEHOLDER.test(line) || line.startsWith('{/* TODO') ? [i + 1] : []));

describe.each(COLLECTION_TYPES)('a %s skeleton', (type) => {
  const load = () => loadContent(dir, { today: TODAY, displayRoot: 'content' });

  it('fails validation with an error on the line of every placeholder, and nowhere else', () => {
    const { id } = createContentFile({ type, title: `New ${type} for the test`, contentDir: dir, today: TODAY });
    const file = `content/${COLLECTIONS[type].folder}/${id}.mdx`;
    const text = skeleton(type, `New ${type} for the test`, TODAY);
    const { corpus, diagnostics } = load();
    expect(corpus).toBeNull();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(
      errors.every((d) => d.file === file),
      'errors only in the new file',
    ).toBe(true);
    expect([...new Set(errors.map((d) => d.line))].sort((a, b) => a - b)).toEqual(placeholderLines(text));
    for (const d of errors) expect(d.message).toMatch(/not an allowed value|must not be empty|must be|TODO/);
  });

  it('passes validation once its placeholders are filled in', () => {
    const { file } = createContentFile({ type, title: `New ${type} for the test`, contentDir: dir, today: TODAY });
    fs.writeFileSync(file, fill(fs.readFileSync(file, 'utf8'), type));
    const { corpus, diagnostics } = load();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(corpus).not.toBeNull();
  });
});

describe('npm run new (the command)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [TSX, 'scripts/new.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CORROBORATE_CONTENT_DIR: dir },
    });

  it('prints the path and the next steps, then refuses a second time', () => {
    const first = run('source', 'UN briefing, 17 November 2021');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('created');
    expect(first.stdout).toContain('sources/un-briefing-17-november-2021.mdx');
    expect(first.stdout).toMatch(/Next:\n {2}1\. .*TODO/);
    expect(first.stdout).toContain('npm run validate');
    expect(fs.existsSync(path.join(dir, 'sources', 'un-briefing-17-november-2021.mdx'))).toBe(true);

    const second = run('source', 'UN briefing, 17 November 2021');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists');
  });

  it('explains a wrong type', () => {
    const result = run('clam', 'Something');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Did you mean "claim"?');
    expect(result.stderr).toContain('usage: npm run new --');
  });
});
