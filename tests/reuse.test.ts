/**
 * Copied text, detected from the text itself: the seed commentary reproduces EUAA's guidance, and
 * the detector finds it whatever the provenance says; unrelated reports on the same subject share
 * nothing above the threshold; the validator warns where the text and the declaration disagree.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { loadContent } from '../lib/content/load';
import { detectReuse, REUSE_THRESHOLD, RUN_WORDS, wordsOf } from '../lib/content/reuse';

const SEED = 'stratheia-iskp-factor-afghanistan';
const EUAA = 'euaa-country-guidance-afghanistan-2023-iskp';
const LSE = 'lse-ideas-giustozzi-crisis-adaptation-iskp-2024';

let dir: string;
/** The real content, copied so a test can change a file. */
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-reuse-'));
  fs.cpSync(path.resolve('content'), dir, { recursive: true });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const reportFile = () => path.join(dir, 'reports', `${SEED}.mdx`);

describe('the reuse detector on the real reports', () => {
  it('finds that the seed reproduces EUAA, paragraph by paragraph, and shows it as copying', () => {
    const { corpus } = loadContent(dir);
    const seed = corpus!.reports.find((r) => r.id === SEED)!;
    const found = seed.reused.filter((r) => r.other.id === EUAA);
    expect(found.map((r) => r.label)).toEqual(['paragraph 5', 'paragraph 7', 'paragraph 8']);
    for (const r of found) {
      expect(r.direction).toBe('copies');
      expect(r.shared / r.words).toBeGreaterThanOrEqual(REUSE_THRESHOLD);
      // Each marked run is text of the paragraph, at least eight words long.
      for (const [a, b] of r.runs) expect(wordsOf(r.text.slice(a, b)).length).toBeGreaterThanOrEqual(RUN_WORDS);
    }
    expect(
      corpus!.reports
        .find((r) => r.id === EUAA)!
        .reused.every((r) => r.other.id === SEED && r.direction === 'copied-by'),
    ).toBe(true);
  });

  it('finds it without either report declaring it, and then warns that the copying is not declared', () => {
    const seedText = fs.readFileSync(reportFile(), 'utf8');
    const euaaFile = path.join(dir, 'reports', `${EUAA}.mdx`);
    const euaaText = fs.readFileSync(euaaFile, 'utf8');
    const seedWithout = seedText.replace(
      /  - source: euaa-country-guidance-afghanistan-2023-iskp\n    relation: copies\n    note: [^\n]*\n/,
      '',
    );
    const euaaWithout = euaaText.replace(
      /  - source: stratheia-the-iksp-factor-afghanistan\n    relation: repeated-by\n    note: [^\n]*\n/,
      '',
    );
    expect(seedWithout).not.toBe(seedText);
    expect(euaaWithout).not.toBe(euaaText);
    fs.writeFileSync(reportFile(), seedWithout);
    fs.writeFileSync(euaaFile, euaaWithout);
    try {
      const { corpus, diagnostics } = loadContent(dir);
      const seed = corpus!.reports.find((r) => r.id === SEED)!;
      expect(seed.reused.filter((r) => r.other.id === EUAA).map((r) => [r.label, r.direction])).toEqual([
        ['paragraph 5', 'shares'],
        ['paragraph 7', 'shares'],
        ['paragraph 8', 'shares'],
      ]);
      const warnings = diagnostics.filter((d) => d.rule === 'reuse/undeclared').map(formatDiagnostic);
      expect(warnings).toHaveLength(1);
      // Said once, on the later report of the pair (EUAA is dated, the seed is not: the first by id).
      expect(warnings[0]).toMatch(
        new RegExp(
          `  provenance  warning  paragraph \\d+(, paragraph \\d+)* shares? \\d+ % of their words with report "(${SEED}|${EUAA})" in runs of 8\\+ words, but neither report's provenance says so`,
        ),
      );
    } finally {
      fs.writeFileSync(reportFile(), seedText);
      fs.writeFileSync(euaaFile, euaaText);
    }
  });

  it('finds nothing between reports that only share a subject', () => {
    const { corpus } = loadContent(dir);
    const lse = corpus!.reports.find((r) => r.id === LSE)!;
    expect(lse.reused).toEqual([]);
    for (const r of corpus!.reports) expect(r.reused.filter((x) => x.other.id === LSE)).toEqual([]);
  });

  it('warns when a declared copy is not in the text we hold', () => {
    const euaaFile = path.join(dir, 'reports', `${EUAA}.mdx`);
    const euaaText = fs.readFileSync(euaaFile, 'utf8');
    // EUAA's paragraphs rewritten (claims still marked): the seed still declares that it copies them.
    const [front, ...rest] = euaaText.split('\n---\n');
    fs.writeFileSync(
      euaaFile,
      [front, rest.join('\n---\n').replace(/>[^<>\n]+</g, '>other words entirely<')].join('\n---\n'),
    );
    try {
      const { corpus, diagnostics } = loadContent(dir);
      expect(corpus!.reports.find((r) => r.id === SEED)!.reused).toEqual([]);
      expect(diagnostics.filter((d) => d.rule === 'reuse/not-found').map((d) => [d.file, d.field, d.message])).toEqual([
        [
          `content/reports/${SEED}.mdx`,
          expect.stringMatching(/^provenance\[\d+\]\.relation$/),
          `the provenance says this report copies euaa-country-guidance-afghanistan-2023-iskp (report "${EUAA}"), but no passage we hold shares runs of 8+ words with it: check the relation, or use possible-source`,
        ],
      ]);
    } finally {
      fs.writeFileSync(euaaFile, euaaText);
    }
  });
});

describe('the detector on its own', () => {
  const topic = (id: string, paragraphs: string[]) => ({
    id,
    passages: paragraphs.map((text, i) => ({ label: `paragraph ${i + 1}`, paragraph: i + 1, text })),
  });

  it('needs runs of eight words: shared names and short phrases on one subject are not copying', () => {
    const a = topic('a', [
      'ISKP attacked a Shia mosque in Kunduz in October 2021, killing dozens of worshippers during Friday prayers.',
    ]);
    const b = topic('b', [
      'In October 2021 a suicide bomber from ISKP struck a Shia mosque in Kunduz during Friday prayers, and dozens died.',
    ]);
    expect(detectReuse([a, b])).toEqual([]);
  });

  it('finds a passage copied with small changes of case and punctuation, and marks its runs', () => {
    const original =
      'Activity of the group has traditionally been concentrated in the capital and in the eastern provinces, where it continued to have a strong foothold in rural areas.';
    const copy = `Observers note that ${original.toUpperCase().replace(/,/g, ' ;')} This is new.`;
    const found = detectReuse([topic('a', [original]), topic('b', [copy])]);
    expect(found.map((f) => [f.report, f.other])).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    const b = found.find((f) => f.report === 'b')!;
    expect(b.runs).toHaveLength(1);
    expect(copy.slice(b.runs[0]![0], b.runs[0]![1])).toBe(
      copy.slice(copy.indexOf('ACTIVITY'), copy.indexOf(' This is new') - 1),
    );
  });
});
