/**
 * The reader's features that are computed when the site is built: the local graph (cap and
 * layout), timelines, preview shards and citations. Each over the real seed content where it can.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { previewsOf, previews } from '../lib/emit/previews';
import { citationsFor } from '../lib/model/citation';
import type { Corpus } from '../lib/model/corpus';
import {
  cap,
  claimNeighbourhood,
  entityNeighbourhood,
  isRtl,
  layoutGraph,
  MAX_NODES,
  NARROW,
  reportNeighbourhood,
  shorten,
  sourceNeighbourhood,
  WIDE,
} from '../lib/model/graph';
import { previewPath, previewShards, previewTarget, shardCount, shardOf } from '../lib/model/previews';
import { lanes, monthOf, summarise, timed } from '../lib/model/timeline';

let corpus: Corpus;
beforeAll(() => {
  const result = loadContent(path.resolve('content'), { today: '2026-12-01' });
  expect(result.corpus).not.toBeNull();
  corpus = result.corpus!;
}, 60_000);

describe('the local graph', () => {
  it('shares the cap fairly and counts the rest', () => {
    const nodes = (n: number, p: string) =>
      Array.from({ length: n }, (_, i) => ({
        type: 'claim' as const,
        id: `${p}${i}`,
        href: `/claims/${p}${i}/`,
        title: `${p} ${i}`,
      }));
    const groups = cap([
      { key: 'a', relation: 'claim', label: 'A', nodes: nodes(100, 'a') },
      { key: 'b', relation: 'report', label: 'B', nodes: nodes(3, 'b') },
      { key: 'c', relation: 'entity', label: 'C', nodes: nodes(40, 'c') },
      { key: 'empty', relation: 'source', label: 'none', nodes: [] },
    ]);
    expect(groups.map((g) => [g.key, g.shown, g.total])).toEqual([
      ['a', 14, 100],
      ['b', 3, 3],
      ['c', 13, 40],
    ]);
    expect(groups.reduce((n, g) => n + g.shown, 0)).toBe(MAX_NODES);
  });

  it('draws every page of the seed within its frame, labels never closer than a line', () => {
    const all = [
      ...corpus.claims.map(claimNeighbourhood),
      ...corpus.sources.map(sourceNeighbourhood),
      ...corpus.entities.map(entityNeighbourhood),
      ...corpus.reports.map(reportNeighbourhood),
    ];
    for (const n of all) {
      for (const options of [WIDE, NARROW]) {
        const layout = layoutGraph(n, options);
        expect(layout.nodes.length).toBeLessThanOrEqual(MAX_NODES);
        for (const node of layout.nodes) {
          expect(node.x).toBeGreaterThanOrEqual(0);
          expect(node.x).toBeLessThanOrEqual(options.width);
          expect(node.y).toBeGreaterThan(0);
          expect(node.y).toBeLessThan(layout.height);
          expect(node.label.length).toBeLessThanOrEqual(options.labelChars);
        }
        for (const side of ['start', 'end'] as const) {
          const ys = layout.nodes
            .filter((x) => (x.anchor === side) !== x.rtl)
            .map((x) => x.y)
            .sort((a, b) => a - b);
          for (let i = 1; i < ys.length; i++)
            expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(options.lineHeight - 0.2);
        }
      }
    }
  });

  it('links a claim to its sources by stance, its reports, entities and related claims', () => {
    const claim = corpus.claims.find((c) => c.id === 'iskp-attacks-11-provinces-2022')!;
    const groups = Object.fromEntries(claimNeighbourhood(claim).groups.map((g) => [g.key, g.nodes.map((n) => n.id)]));
    expect(groups.reports).toEqual(claim.appearsIn.map((a) => a.report.id));
    expect(groups.entities).toEqual([...claim.entities, ...claim.places].map((e) => e.id));
    expect(groups.context).toEqual(claim.evidence.filter((e) => e.stance === 'context').map((e) => e.source.id));
  });

  it('is fast: a whole seed build of graphs in well under a second', () => {
    const t0 = performance.now();
    for (const c of corpus.claims) layoutGraph(claimNeighbourhood(c), WIDE);
    for (const e of corpus.entities) layoutGraph(entityNeighbourhood(e), WIDE);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('reads direction from the first strong character and cuts labels at a word', () => {
    expect(isRtl('ننګرهار')).toBe(true);
    expect(isRtl('2021: ولاية خراسان')).toBe(true);
    expect(isRtl('ISKP (ولاية خراسان)')).toBe(false);
    expect(shorten('Country Guidance: Afghanistan (January 2023)', 26)).toBe('Country Guidance…');
  });
});

describe('timelines', () => {
  it('places partial dates and ranges in months, and packs them into lanes', () => {
    expect(monthOf('2022')).toBe(2022 * 12);
    expect(monthOf('2022', true)).toBe(2022 * 12 + 11);
    expect(monthOf('2022-05-21')).toBe(2022 * 12 + 4);
    const claims = corpus.claims
      .filter((c) => c.appearsIn.length)
      .map((c) => ({ id: c.id, href: c.href, title: c.title, assessment: c.assessment, kind: c.kind, as_of: c.as_of }));
    const items = timed(claims);
    for (let i = 1; i < items.length; i++) expect(items[i]!.start).toBeGreaterThanOrEqual(items[i - 1]!.start);
    const laneOf = lanes(items);
    for (let i = 0; i < items.length; i++)
      for (let j = 0; j < i; j++)
        if (laneOf[i] === laneOf[j])
          expect(items[j]!.end < items[i]!.start || items[i]!.end < items[j]!.start).toBe(true);
  });

  it('shows that the undated Stratheia commentary relies on claims about 2021–22', () => {
    const report = corpus.reports.find((r) => r.id === 'stratheia-iskp-factor-afghanistan')!;
    expect(report.published).toBeUndefined();
    const s = summarise(timed(report.claims))!;
    expect(s.referenceIs).toBe('newest');
    expect(s.reference).toBe(monthOf('2025-01'));
    const early = s.endYears.filter(([y]) => y <= 2022).reduce((n, [, k]) => n + k, 0);
    expect(early).toBeGreaterThanOrEqual(10);
  });

  it('measures a dated report against its publication date', () => {
    const report = corpus.reports.find((r) => r.published)!;
    const s = summarise(timed(report.claims), report.published)!;
    expect(s.referenceIs).toBe('published');
    expect(s.reference).toBe(monthOf(report.published!));
  });
});

describe('link previews', () => {
  it('finds the target of a link, and the shard that holds it', () => {
    expect(previewTarget('/claims/iskp-attacks-11-provinces-2022/')).toEqual({
      type: 'claim',
      id: 'iskp-attacks-11-provinces-2022',
    });
    expect(previewTarget('/claims/')).toBeUndefined();
    expect(previewTarget('/reports/a/vs/b/')).toBeUndefined();
    expect(shardCount(0)).toBe(1);
    expect(shardCount(10_000)).toBe(25);
    const spread = new Set(Array.from({ length: 2000 }, (_, i) => shardOf(`claim-${i}`, 25)));
    expect(spread.size).toBe(25);
  });

  it('writes every document into exactly one shard, with what the card shows', () => {
    const files = previews.files!(corpus);
    const shards = previewShards(corpus);
    expect(files.map((f) => f.path).sort()).toEqual(
      ['claim', 'entity', 'report', 'source']
        .flatMap((t) => Array.from({ length: shards[t as 'claim'] }, (_, i) => previewPath(t as 'claim', i).slice(1)))
        .sort(),
    );
    const all = Object.assign({}, ...files.map((f) => JSON.parse(String(f.content))));
    const previewsById = previewsOf(corpus);
    expect(Object.keys(all).length).toBe(
      new Set(
        [...previewsById.claim, ...previewsById.source, ...previewsById.entity, ...previewsById.report].map(
          ([id]) => id,
        ),
      ).size,
    );
    const nangarhar = previewsById.entity.find(([id]) => id === 'nangarhar')![1];
    expect(nangarhar.original).toContainEqual({ text: 'ننګرهار', lang: 'ps' });
    const stratheia = previewsById.report.find(([id]) => id === 'stratheia-iskp-factor-afghanistan')![1];
    expect(Object.values(stratheia.profile).reduce((a, b) => a + b, 0)).toBe(
      corpus.reports.find((r) => r.id === 'stratheia-iskp-factor-afghanistan')!.claims.length,
    );
  });
});

describe('citations', () => {
  const page = {
    type: 'claim' as const,
    id: 'iskp-x',
    title: 'ISKP attacks in 11 provinces',
    href: '/claims/iskp-x/',
    file: 'content/claims/iskp-x.mdx',
    date: '2026-11-25',
  };

  it('gives APA, Chicago and BibTeX forms with the commit the site was built from', () => {
    const identity = {
      url: 'https://kb.example.org',
      repository: { url: 'https://git.example.org/kb', branch: 'main' },
    };
    const c = citationsFor(page, 'fa8e0a3cb54cecefba1b2a8025a8cf761dd5d1f7', identity);
    expect(c.url).toBe('https://kb.example.org/claims/iskp-x/');
    expect(c.version).toMatchObject({
      short: 'fa8e0a3',
      url: expect.stringMatching(/\/blob\/fa8e0a3cb54cecefba1b2a8025a8cf761dd5d1f7\/content\/claims\/iskp-x\.mdx$/),
    });
    expect(c.apa).toBe(
      `Corroborate. (2026, November 25). ISKP attacks in 11 provinces [Claim assessment, version fa8e0a3]. ${c.url}`,
    );
    expect(c.chicago).toBe(
      `Corroborate. “ISKP attacks in 11 provinces.” Claim assessment, version fa8e0a3. Last modified November 25, 2026. ${c.url}.`,
    );
    expect(c.bibtex).toMatch(/^@misc\{corroborate_claim_iskp_x,/);
    expect(c.bibtex).toContain('title = {ISKP attacks in 11 provinces}');
    expect(c.bibtex).toContain('note = {Version fa8e0a3cb54cecefba1b2a8025a8cf761dd5d1f7');
  });

  it('names the commit but links no file, and cites a site path, when the build has no repository or address', () => {
    const c = citationsFor(page, 'fa8e0a3cb54cecefba1b2a8025a8cf761dd5d1f7', { url: null, repository: null });
    expect(c.url).toBe('/claims/iskp-x/');
    expect(c.version).toEqual({ commit: 'fa8e0a3cb54cecefba1b2a8025a8cf761dd5d1f7', short: 'fa8e0a3', url: null });
    expect(c.apa).not.toContain('null');
  });

  it('names no commit when the build had none, or one that is not 40 hexadecimal digits', () => {
    for (const commit of [null, 'main', 'a'.repeat(39), `${'a'.repeat(40)}\n<script>`]) {
      const c = citationsFor(page, commit);
      expect(c.version).toBeUndefined();
      expect(c.apa).toContain('[Claim assessment]');
    }
  });

  it('escapes BibTeX special characters', () => {
    expect(citationsFor({ ...page, title: 'Costs & {braces} 100% _under_' }, null).bibtex).toContain(
      'title = {Costs \\& \\textbraceleft{}braces\\textbraceright{} 100\\% \\textunderscore{}under\\textunderscore{}}',
    );
  });
});
