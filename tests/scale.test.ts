/**
 * Content that costs more than its size: checks that grow with the square of the number of files,
 * and outputs that grow with the square of the content. Each test states its time or size budget.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimFacets } from '../lib/emit/claim-facets';
import { createSuggester, MAX_COMPARISONS } from '../lib/content/diagnostics';
import { createReporter, type Entries, type Entry } from '../lib/content/entries';
import type { ParsedFile } from '../lib/content/frontmatter';
import { MAX_COMPARISONS_PER_REPORT } from '../lib/content/link';
import { loadContent } from '../lib/content/load';
import { crossFileRules } from '../lib/content/rules';
import { COLLECTION_TYPES } from '../lib/model/collections';
import { indexHref, indexPage, laterPages, pageCount, pageNumber } from '../lib/model/paging';
import { claimSchema, type ClaimData, entitySchema, type EntityData } from '../lib/model/schema';
import { PLACEHOLDER_ID } from '../lib/model/site';
import { sitemapPages } from '../lib/model/structured-data';
import { fixture, loadWith } from './helpers/content';

const parsed: ParsedFile = { data: {}, body: '', bodyLine: 1, locate: () => ({ line: 1, col: 1 }), diagnostics: [] };
const entry = <T>(collection: string, id: string, data: T): Entry<T> => ({
  id,
  file: `content/${collection}/${id}.mdx`,
  data,
  parsed,
  tree: { type: 'root', children: [] },
  plainText: '',
  spans: [],
  links: [],
  paragraphs: [],
});

describe('missing references', () => {
  /** 8,000 entities, and 160 claims that each name 50 entities none of which exists: 8,000 misses. */
  function corpusWithMisses() {
    const entries: Entries = { claim: new Map(), source: new Map(), entity: new Map(), report: new Map() };
    for (let i = 0; i < 8_000; i++) {
      const id = `armed-group-number-${i}-of-the-province`;
      entries.entity.set(
        id,
        entry<EntityData>(
          'entities',
          id,
          entitySchema.parse({ name: `Group ${i}`, kind: 'organisation', summary: 'A group.', reviewed: '2026-01-01' }),
        ),
      );
    }
    for (let c = 0; c < 160; c++) {
      const id = `claim-${c}`;
      const entities = Array.from({ length: 50 }, (_, k) => `armed-group-numbr-${c * 50 + k}-of-the-province`);
      const data = claimSchema.parse({
        title: 'T',
        statement: 'S',
        kind: 'opinion',
        assessment: 'opinion',
        rationale: 'R',
        confidence: 'low',
        as_of: '2025',
        reviewed: '2026-01-01',
        entities,
        attributed_to: { entity: `armed-group-number-${c}-of-the-province` },
      });
      entries.claim.set(id, entry<ClaimData>('claims', id, data));
    }
    const existing = Object.fromEntries(COLLECTION_TYPES.map((t) => [t, new Set(entries[t].keys())])) as Record<
      (typeof COLLECTION_TYPES)[number],
      Set<string>
    >;
    return { entries, existing };
  }

  it('8,000 missing ids among 8,000 files are reported in under 4 s (the quadratic "did you mean" took 7 s, a minute on a busy machine)', () => {
    const { entries, existing } = corpusWithMisses();
    const report = createReporter();
    const started = performance.now();
    crossFileRules({ entries, existing, report, displayRoot: 'content', today: '2026-11-25' });
    const ms = performance.now() - started;
    const misses = report.all.filter((d) => d.rule === 'ref/entity');
    expect(misses).toHaveLength(8_000);
    expect(ms).toBeLessThan(4_000);
    // The first misses still get their suggestion; the rest are reported without one.
    expect(misses[0]!.message).toBe(
      'no entity has the id "armed-group-numbr-0-of-the-province" (no file content/entities/armed-group-numbr-0-of-the-province.mdx). Did you mean "armed-group-number-0-of-the-province" or "armed-group-number-1-of-the-province" or "armed-group-number-10-of-the-province"?',
    );
    expect(misses.filter((d) => d.message.includes('Did you mean')).length).toBe(Math.floor(MAX_COMPARISONS / 8_000));
  });

  it('a suggester answers each distinct value once, and gives up on values no one could mistype', () => {
    const suggest = createSuggester(['sample-group', 'sample-province']);
    expect(suggest('sample-gruop')).toBe(' Did you mean "sample-group"?');
    expect(suggest('sample-gruop')).toBe(' Did you mean "sample-group"?');
    expect(suggest(`${'sample-group-'.repeat(10)}x`)).toBe('');
  });
});

describe('output amplification', () => {
  it('a claim may name at most 50 entities, so N claims cannot make N² links', () => {
    const many = Array.from({ length: 51 }, (_, i) => `entity-${i}`).join(', ');
    const result = loadWith({
      'claims/group-present-everywhere.mdx': fixture('claims/group-present-everywhere.mdx').replace(
        'entities: [sample-group]',
        `entities: [${many}]`,
      ),
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.message])).toEqual([
      ['schema/length', 'must list at most 50 items: keep the ones that matter most'],
    ]);
  });

  it('an entity page lists the claims that mention it by reference (id, link, title, verdict), never their content', () => {
    // Each claim has a long statement, rationale and evidence; the entity's backlinks must not carry them.
    const entityIds = Array.from({ length: 50 }, (_, i) => `entity-${i}`);
    const files: Record<string, string> = {};
    for (const id of entityIds)
      files[`entities/${id}.mdx`] =
        `---\nname: Entity ${id}\nkind: organisation\nsummary: An entity.\nreviewed: 2026-01-01\n---\n\nNotes.\n`;
    for (let c = 0; c < 50; c++) {
      files[`claims/claim-${c}.mdx`] =
        `---\ntitle: Claim ${c}\nstatement: ${'A long statement of what happened. '.repeat(16).trim()}\nkind: opinion\nassessment: opinion\nrationale: ${'Why. '.repeat(50).trim()}\nconfidence: low\nas_of: "2025"\nentities: [${entityIds.join(', ')}]\nattributed_to: { entity: sample-group }\nreviewed: 2026-01-01\n---\n\n${'Notes on the claim. '.repeat(200)}\n`;
    }
    const { corpus, diagnostics } = loadWith(files);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const entity = corpus!.entities.find((e) => e.id === 'entity-0')!;
    expect(entity.mentionedIn).toHaveLength(50);
    for (const ref of entity.mentionedIn)
      expect(Object.keys(ref).sort()).toEqual(['as_of', 'assessment', 'href', 'id', 'kind', 'title']);
    // 50 mentions in a few kilobytes: what each claim holds (about 5 KB each) stays on the claim's page.
    expect(JSON.stringify(entity.mentionedIn).length).toBeLessThan(50 * 200);
  });
});

describe('report comparisons', () => {
  it('61 reports marking one claim make about 10 comparison pages each, not 1,830', () => {
    const files: Record<string, string> = {};
    for (let r = 0; r < 60; r++) {
      files[`reports/report-${r}.mdx`] =
        `---\ntitle: Report ${r}\nkind: opinion\npublisher: Outlet ${r}\nurl: https://example.org/${r}\nreuse: Written for the tests.\nperspective: An outlet.\nsummary: A report.\nreviewed: 2026-11-01\n---\n\nIt says <Claim id="group-must-be-stopped">the group must be stopped</Claim>, in words of report ${r}.\n`;
    }
    const { corpus, diagnostics } = loadWith(files);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(MAX_COMPARISONS_PER_REPORT).toBe(10);
    // Every report keeps its closest comparisons (here all share one claim, so the first ten by address).
    expect(corpus!.comparisons.length).toBeLessThanOrEqual(61 * MAX_COMPARISONS_PER_REPORT);
    expect(corpus!.comparisons.length).toBeGreaterThanOrEqual((61 * MAX_COMPARISONS_PER_REPORT) / 2);
    for (const r of corpus!.reports)
      expect(r.comparisons.length).toBeGreaterThanOrEqual(Math.min(MAX_COMPARISONS_PER_REPORT, 60));
  });
});

describe('index pages', () => {
  it('split every collection into fixed-size pages with one address each', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(pageCount('claim', 0)).toBe(1);
    expect(pageCount('claim', 100)).toBe(1);
    expect(pageCount('claim', 101)).toBe(2);
    expect(indexPage('claim', items, 1)).toMatchObject({ page: 1, pages: 3, first: 1, last: 100, total: 250 });
    expect(indexPage('claim', items, 3)!.items).toEqual(items.slice(200));
    expect(indexPage('claim', items, 3)).toMatchObject({ first: 201, last: 250 });
    for (const n of [0, 4, 1.5, NaN]) expect(indexPage('claim', items, n)).toBeNull();
    // An empty collection still has its index page, saying so.
    expect(indexPage('source', [], 1)).toMatchObject({ items: [], pages: 1, first: 0, last: 0 });
    expect(indexHref('claim')).toBe('/claims/');
    expect(indexHref('claim', 1)).toBe('/claims/');
    expect(indexHref('entity', 2)).toBe('/entities/page/2/');
    // Static params: the pages after the first, or the placeholder the build removes.
    expect(laterPages('claim', 250)).toEqual([{ n: '2' }, { n: '3' }]);
    expect(laterPages('claim', 100)).toEqual([{ n: PLACEHOLDER_ID }]);
    // Page 1 has one address (/claims/), and nothing but plain digits is a page number.
    for (const segment of ['1', '2', '250']) expect(pageNumber(segment)).toBe(Number(segment));
    for (const segment of ['01', '0', '-1', '2.0', '1e2', ' 2', '', PLACEHOLDER_ID])
      expect(pageNumber(segment), segment).toBeNaN();
    expect(indexPage('claim', items, pageNumber('01'))).toBeNull();
  });

  it('the filters read one compact row per claim, and the sitemap lists every page', async () => {
    const { generateContent } = await import('../bench/site/generate');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-facets-'));
    generateContent(root, 600);
    const { corpus, diagnostics } = loadContent(root, { today: '2026-12-01' });
    fs.rmSync(root, { recursive: true });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const facets = claimFacets(corpus!);
    expect(facets.claims).toHaveLength(corpus!.claims.length);
    // Each row is the claim's facets and title, with entity numbers that resolve to the entities it names.
    corpus!.claims.forEach((c, i) => {
      const [id, title, assessment, kind, confidence, entities, status] = facets.claims[i]!;
      expect([id, title, assessment, kind, confidence, status]).toEqual([
        c.id,
        c.displayTitle,
        c.assessment,
        c.kind,
        c.confidence,
        c.status,
      ]);
      expect(entities.map((n) => facets.entities[n]![0]).sort()).toEqual(
        [...new Set([...c.entities, ...c.places].map((e) => e.id))].sort(),
      );
    });
    // About 100 bytes a claim: the filters of 10,000 claims fetch about 1 MB (a quarter of that gzipped), once, when first used.
    const size = JSON.stringify(facets).length;
    expect(size / corpus!.claims.length).toBeLessThan(130);
    const paths = new Set(sitemapPages(corpus!).map((p) => p.path));
    for (const type of COLLECTION_TYPES) {
      const total = {
        claim: corpus!.claims,
        source: corpus!.sources,
        entity: corpus!.entities,
        report: corpus!.reports,
      }[type].length;
      for (let n = 1; n <= pageCount(type, total); n++)
        expect(paths.has(indexHref(type, n)), indexHref(type, n)).toBe(true);
      expect(paths.has(indexHref(type, pageCount(type, total) + 1))).toBe(false);
    }
    expect(paths.has('/claims/page/6/')).toBe(true);
    expect(paths.has('/sources/page/2/')).toBe(true);
  }, 90_000);
});
