import { describe, expect, it } from 'vitest';
import { fixture, loadWith } from './helpers/content';
import { formatDiagnostic } from '../lib/content/diagnostics';

const CLAIM = 'claims/group-present-everywhere.mdx';
const claim = fixture(CLAIM);
const errorsOf = (files: Record<string, string | null>) =>
  loadWith(files).diagnostics.filter((d) => d.severity === 'error');

describe('a valid corpus', () => {
  const { corpus, diagnostics } = loadWith({});

  it('loads with no diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(corpus).not.toBeNull();
  });

  it('derives report spans, claim order and the sourcing profile', () => {
    const report = corpus!.reports[0]!;
    expect(report.spans.map((s) => [s.claimId, s.paragraph])).toEqual([
      ['group-present-everywhere', 1],
      ['group-must-be-stopped', 2],
      ['group-present-everywhere', 2],
    ]);
    expect(report.claims.map((c) => c.id)).toEqual(['group-present-everywhere', 'group-must-be-stopped']);
    expect(report.profile).toMatchObject({ corroborated: 1, opinion: 1, unverified: 0 });
  });

  it('links claims to reports, sources to claims and entities to both', () => {
    const c = corpus!;
    const present = c.claims.find((x) => x.id === 'group-present-everywhere')!;
    expect(present.appearsIn).toEqual([
      {
        report: {
          id: 'sample-report',
          href: '/reports/sample-report/',
          title: 'A sample report on a sample place',
          publisher: 'Example Outlet',
          url: 'https://example.org/sample-report',
        },
        quote: 'the group is present in nearly all provinces',
        paragraph: 1,
      },
    ]);
    expect(present.relatedBy).toEqual([
      {
        claim: expect.objectContaining({ id: 'group-must-be-stopped', href: '/claims/group-must-be-stopped/' }),
        relation: 'premise',
      },
    ]);
    expect(present.entities.map((e) => e.name)).toEqual(['Sample Group']);
    expect(present.evidence.map((ev) => [ev.source.id, ev.source.href, ev.stance])).toEqual([
      ['un-briefing', '/sources/un-briefing/', 'supports'],
      ['news-report', '/sources/news-report/', 'supports'],
    ]);
    const briefing = c.sources.find((s) => s.id === 'un-briefing')!;
    expect(briefing.citedBy).toEqual([
      {
        claim: expect.objectContaining({ id: 'group-present-everywhere' }),
        stance: 'supports',
        locator: 'para 7',
        credibility: 1,
      },
    ]);
    expect(briefing.provenanceOf).toEqual([
      { report: expect.objectContaining({ id: 'sample-report' }), relation: 'possible-source' },
    ]);
    const province = c.entities.find((e) => e.id === 'sample-province')!;
    expect(province.ancestors.map((a) => a.id)).toEqual(['sample-country']);
    expect(province.mentionedIn.map((m) => m.id)).toEqual(['group-present-everywhere']);
    expect(province.reports.map((r) => r.id)).toEqual(['sample-report']);
    expect(c.entities.find((e) => e.id === 'sample-country')!.children.map((x) => x.id)).toEqual(['sample-province']);
  });

  it('strips markup from bodies for plain text', () => {
    expect(corpus!.claims.find((x) => x.id === 'group-present-everywhere')!.plainText).toBe(
      'The briefing says so. See the news report and the place.',
    );
  });
});

// Each rule: the file to write, and every error the validator must print (nothing more).
const cases: [name: string, files: Record<string, string | null>, expected: string | string[]][] = [
  [
    'unknown key with a suggestion',
    { [CLAIM]: claim.replace('reviewed:', 'reviewd:') },
    [
      `content/${CLAIM}:2:1  reviewed  required field "reviewed" is missing  (schema/required)`,
      `content/${CLAIM}:21:1  reviewd  unknown field "reviewd". Did you mean "reviewed"? Allowed here: title, statement, kind, assessment, rationale, likelihood, confidence, as_of, entities, places, tags, evidence, related, attributed_to, reviewed, review_by, status, superseded_by, status_reason, status_date.  (schema/unknown-key)`,
    ],
  ],
  [
    'enum with the allowed values',
    { [CLAIM]: claim.replace('kind: attribution', 'kind: atribution') },
    `content/${CLAIM}:4:7  kind  the text "atribution" is not an allowed value. Did you mean "attribution"? Allowed: factual, statistical, event, attribution, prediction, opinion, recommendation.  (schema/enum)`,
  ],
  [
    'impossible date',
    { [CLAIM]: claim.replace('as_of: 2021-11-17', 'as_of: 2021-02-30') },
    `content/${CLAIM}:9:8  as_of  is not a real calendar date (found the text "2021-02-30")  (schema/format)`,
  ],
  [
    'dangling evidence source',
    { [CLAIM]: claim.replace('source: news-report', 'source: news-reprot') },
    `content/${CLAIM}:17:13  evidence[1].source  no source has the id "news-reprot" (no file content/sources/news-reprot.mdx). Did you mean "news-report"?  (ref/source)`,
  ],
  [
    'dangling entity',
    { [CLAIM]: claim.replace('entities: [sample-group]', 'entities: [sample-grop]') },
    `content/${CLAIM}:10:12  entities[0]  no entity has the id "sample-grop" (no file content/entities/sample-grop.mdx). Did you mean "sample-group"?  (ref/entity)`,
  ],
  [
    'a place listed as an entity',
    { [CLAIM]: claim.replace('entities: [sample-group]', 'entities: [sample-country]') },
    `content/${CLAIM}:10:12  entities[0]  "sample-country" is a place: list it under places  (ref/entity-kind)`,
  ],
  [
    'dangling related claim',
    {
      'claims/group-must-be-stopped.mdx': fixture('claims/group-must-be-stopped.mdx').replace(
        'claim: group-present-everywhere',
        'claim: group-present',
      ),
    },
    'content/claims/group-must-be-stopped.mdx:11:12  related[0].claim  no claim has the id "group-present" (no file content/claims/group-present.mdx). Did you mean "group-present-everywhere"?  (ref/claim)',
  ],
  [
    'dangling <Claim id> in a report',
    {
      'reports/sample-report.mdx': fixture('reports/sample-report.mdx').replace(
        '<Claim id="group-must-be-stopped">',
        '<Claim id="group-must-stop">',
      ),
    },
    'content/reports/sample-report.mdx:20:23  body  <Claim id="group-must-stop">: no claim has the id "group-must-stop" (no file content/claims/group-must-stop.mdx). Did you mean "group-must-be-stopped"?  (ref/claim)',
  ],
  [
    'a factual claim without evidence',
    { [CLAIM]: claim.replace(/evidence:[\s\S]*?reviewed:/, 'reviewed:') },
    [
      `content/${CLAIM}:2:1  evidence  an attribution claim needs at least one piece of evidence (source, stance, locator, credibility); if it cannot be checked, mark it kind opinion  (claim/no-evidence)`,
      `content/${CLAIM}:5:13  assessment  "corroborated" needs two independent lines of support (reliability A–C, credibility 1–3) or one primary document of record (a UN or government document, reliability A–B); it has no supporting evidence that may count. Add an independent source you have read, or assess it partly-corroborated  (evidence/corroborated)`,
    ],
  ],
  [
    'likelihood on an opinion',
    {
      'claims/group-must-be-stopped.mdx': fixture('claims/group-must-be-stopped.mdx').replace(
        'confidence: moderate',
        'confidence: moderate\nlikelihood: likely',
      ),
    },
    'content/claims/group-must-be-stopped.mdx:8:13  likelihood  remove likelihood: a recommendation is not true or false, so it has no likelihood (ICD 203)  (evidence/likelihood)',
  ],
  [
    'a javascript: URL in front matter',
    {
      'sources/news-report.mdx': fixture('sources/news-report.mdx').replace(
        'url: https://example.org/news',
        'url: javascript:alert(1)',
      ),
    },
    'content/sources/news-report.mdx:6:6  url  must be an absolute http:// or https:// URL (found the text "javascript:alert(1)")  (schema/format)',
  ],
  [
    'an MDX expression',
    { [CLAIM]: claim.replace('The briefing says so.', 'The briefing says {so}.') },
    `content/${CLAIM}:24:19  body  "{so}" is a JavaScript expression, which content may not contain; to show braces as text write "\\{" and "\\}"  (mdx/expression)`,
  ],
  [
    'an import',
    { [CLAIM]: claim.replace('The briefing says so.', 'import x from "y"\n\nThe briefing says so.') },
    `content/${CLAIM}:24:1  body  import and export statements are not allowed in content: delete the line (components are provided, never imported)  (mdx/esm)`,
  ],
  [
    'a raw <iframe>',
    { [CLAIM]: claim.replace('The briefing says so.', 'The briefing <iframe src="https://x"></iframe> says so.') },
    `content/${CLAIM}:24:14  body  <iframe> is not an allowed component. <iframe> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.  (mdx/component)`,
  ],
  [
    'an event handler on a component',
    {
      'reports/sample-report.mdx': fixture('reports/sample-report.mdx').replace(
        '<Claim id="group-must-be-stopped">',
        '<Claim id="group-must-be-stopped" onMouseOver="alert(1)">',
      ),
    },
    'content/reports/sample-report.mdx:20:57  body  event-handler attribute "onMouseOver" is not allowed: content never runs code  (mdx/event-handler)',
  ],
  [
    'a <Claim> outside a report',
    {
      [CLAIM]: claim.replace(
        'The briefing says so.',
        'The <Claim id="group-must-be-stopped">briefing</Claim> says so.',
      ),
    },
    `content/${CLAIM}:24:5  body  <Claim> may only be used in reports  (mdx/component-placement)`,
  ],
  [
    'a javascript: link in the body',
    { [CLAIM]: claim.replace('[the place](/entities/sample-province/)', '[the place](javascript:alert(1))') },
    `content/${CLAIM}:24:72  body  link URL "javascript:alert(1)" is not allowed: use https://…, mailto:… or a site path starting with "/"  (mdx/url)`,
  ],
  [
    'a broken internal link',
    { [CLAIM]: claim.replace('/entities/sample-province/', '/entities/sample-provinc/') },
    `content/${CLAIM}:24:72  body  link "/entities/sample-provinc/" points to a missing page: no entity has the id "sample-provinc" (no file content/entities/sample-provinc.mdx). Did you mean "sample-province"?  (ref/link)`,
  ],
  [
    'JavaScript front matter',
    { [CLAIM]: claim.replace(/^---\n/, '---js\n') },
    `content/${CLAIM}:1:4  front matter  front matter must be YAML opened by a line "---" alone; "---js" names another language, and code in front matter never runs here  (frontmatter/language)`,
  ],
  [
    'a duplicate YAML key',
    { [CLAIM]: claim.replace('confidence: high', 'confidence: high\nconfidence: low') },
    `content/${CLAIM}:9:1  front matter  invalid YAML: a key appears twice: keep one (YAML would silently let the last one win)  (yaml/duplicate-key)`,
  ],
  [
    'a file name that is not an id',
    { 'claims/Group Present.mdx': claim },
    'content/claims/Group Present.mdx:1:1  id  the file name "Group Present.mdx" is not a valid id: ids are kebab-case ASCII (a–z, 0–9, single hyphens), at most 80 characters; rename it to group-present.mdx  (file/id)',
  ],
  [
    'a part_of loop',
    {
      'entities/sample-country.mdx': fixture('entities/sample-country.mdx').replace(
        'place_type: country',
        'place_type: country\npart_of: sample-province',
      ),
    },
    [
      'content/entities/sample-country.mdx:5:10  part_of  part_of makes a loop (sample-country → sample-province → sample-country)  (ref/part-of-cycle)',
      'content/entities/sample-province.mdx:5:10  part_of  part_of makes a loop (sample-province → sample-country → sample-province)  (ref/part-of-cycle)',
    ],
  ],
];

describe('each rule reports file, line, column, field and fix', () => {
  it.each(cases)('%s', (_name, files, expected) => {
    const lines = errorsOf(files).map(formatDiagnostic);
    expect(lines).toEqual(typeof expected === 'string' ? [expected] : expected);
  });

  it('collects every problem in one pass instead of stopping at the first', () => {
    const errors = errorsOf({
      [CLAIM]: claim.replace('kind: attribution', 'kind: atribution').replace('The briefing says so.', 'Says {so}.'),
      'sources/news-report.mdx': fixture('sources/news-report.mdx').replace('reliability: B', 'reliability: G'),
    });
    expect(errors.map((e) => e.rule).sort()).toEqual(['mdx/expression', 'schema/enum', 'schema/enum']);
  });

  it('does not call an invalid file "missing" when another file refers to it', () => {
    const errors = errorsOf({
      'sources/news-report.mdx': fixture('sources/news-report.mdx').replace('reliability: B', 'reliability: G'),
    });
    expect(errors.map((e) => e.rule)).toEqual(['schema/enum']);
  });
});

describe('warnings for weak but legal content', () => {
  const warnings = (files: Record<string, string | null>) =>
    loadWith(files)
      .diagnostics.filter((d) => d.severity === 'warning')
      .map(formatDiagnostic);

  it('flags high confidence on unjudgeable evidence', () => {
    const weak = claim.replaceAll('credibility: 1', 'credibility: 6');
    expect(warnings({ [CLAIM]: weak })).toContain(
      `content/${CLAIM}:8:13  confidence  warning  high confidence, but every piece of evidence is from an unreliable (E), unjudged (F) source or cannot be judged (6): consider moderate or low  (weak/high-confidence)`,
    );
  });

  it('flags a claim not reviewed for over a year, and a source without a date', () => {
    const out = warnings({
      [CLAIM]: claim.replace('reviewed: 2026-11-01', 'reviewed: 2025-06-01'),
      'sources/news-report.mdx': fixture('sources/news-report.mdx').replace('published: 2021-11-18\n', ''),
    });
    expect(out).toContain(
      `content/${CLAIM}:21:11  reviewed  warning  last reviewed 2025-06-01, over a year ago: re-check it and update the date  (stale/reviewed)`,
    );
    expect(out).toContain(
      'content/sources/news-report.mdx:2:1  published  warning  the source has no publication date: add published (YYYY, YYYY-MM or YYYY-MM-DD), or, if none can be found, say in dating_note why and what is known  (source/no-date)',
    );
  });

  it('accepts an undated source whose dating_note explains it', () => {
    const undated = fixture('sources/news-report.mdx').replace(
      'published: 2021-11-18\n',
      'dating_note: A live web page, revised continuously; no single publication date.\n',
    );
    expect(undated).toContain('dating_note:');
    expect(warnings({ 'sources/news-report.mdx': undated }).join('\n')).not.toContain('source/no-date');
  });

  it('keeps warnings from blocking the corpus', () => {
    expect(
      loadWith({ 'sources/news-report.mdx': fixture('sources/news-report.mdx').replace('published: 2021-11-18\n', '') })
        .corpus,
    ).not.toBeNull();
  });
});

describe('the file cache', () => {
  it('checks again only the files that changed, and gives the same result as no cache', async () => {
    const { memoryCache } = await import('../lib/content/cache');
    const { loadContent } = await import('../lib/content/load');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cache-'));
    fs.cpSync(path.resolve('tests/fixtures/valid'), dir, { recursive: true });
    const inner = memoryCache();
    let checked = 0;
    const cache = { ...inner, set: (k: string, v: Parameters<typeof inner.set>[1]) => (checked++, inner.set(k, v)) };
    try {
      const first = loadContent(dir, { cache, today: '2026-11-25' });
      expect(checked).toBe(8);
      const file = path.join(dir, CLAIM);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kind: attribution', 'kind: atribution'));
      checked = 0;
      const second = loadContent(dir, { cache, today: '2026-11-25' });
      expect(checked).toBe(1);
      expect(second.diagnostics).toEqual(loadContent(dir, { today: '2026-11-25' }).diagnostics);
      expect(second.diagnostics.map((d) => d.rule)).toContain('schema/enum');
      checked = 0;
      loadContent(dir, { cache, today: '2026-11-25' });
      expect(checked).toBe(0);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kind: atribution', 'kind: attribution'));
      checked = 0;
      const third = loadContent(dir, { cache, today: '2026-11-25' });
      expect(checked).toBe(1);
      expect(JSON.stringify(third.corpus)).toBe(JSON.stringify(first.corpus));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the disk cache', () => {
  it('rewrites only the shards whose entries changed, forgets files that are gone, and survives a damaged shard', async () => {
    const { diskCache } = await import('../lib/content/cache');
    const { loadContent } = await import('../lib/content/load');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-disk-cache-'));
    const dir = path.join(root, 'content');
    const store = path.join(root, 'cache');
    fs.cpSync(path.resolve('tests/fixtures/valid'), dir, { recursive: true });
    const stamps = () => new Map(fs.readdirSync(store).map((f) => [f, fs.statSync(path.join(store, f)).mtimeMs]));
    try {
      const first = loadContent(dir, { cache: diskCache(store), today: '2026-11-25' });
      expect(first.corpus).toBeTruthy();
      const shards = stamps();
      expect(shards.size).toBeGreaterThan(1);
      // Unchanged content: nothing is written.
      await new Promise((r) => setTimeout(r, 20));
      loadContent(dir, { cache: diskCache(store), today: '2026-11-25' });
      expect(stamps()).toEqual(shards);
      // One file changed: at most the shard of its old entry and the shard of its new one are written.
      const file = path.join(dir, CLAIM);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kind: attribution', 'kind: atribution'));
      await new Promise((r) => setTimeout(r, 20));
      const second = loadContent(dir, { cache: diskCache(store), today: '2026-11-25' });
      expect(second.diagnostics).toEqual(loadContent(dir, { today: '2026-11-25' }).diagnostics);
      const after = stamps();
      const rewritten = [...after].filter(([f, t]) => shards.get(f) !== t);
      expect(rewritten.length).toBeGreaterThanOrEqual(1);
      expect(rewritten.length).toBeLessThanOrEqual(2);
      // A damaged shard is ignored: its files are checked again, with the same result.
      for (const f of fs.readdirSync(store)) fs.writeFileSync(path.join(store, f), 'not a cache');
      const third = loadContent(dir, { cache: diskCache(store), today: '2026-11-25' });
      expect(third.diagnostics).toEqual(second.diagnostics);
      // Files that are gone leave no shard behind that only they used.
      fs.rmSync(dir, { recursive: true });
      fs.mkdirSync(dir);
      loadContent(dir, { cache: diskCache(store), today: '2026-11-25' });
      expect(fs.readdirSync(store)).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
