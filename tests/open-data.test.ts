/**
 * The open-data downloads, each checked against its own format's rules, over three corpora: the
 * real content (with its git history), the valid fixture, and the valid-but-hostile fixture whose
 * titles carry </script>, U+2028, quotes, commas, line breaks, "]]>" and spreadsheet formulas.
 *
 * - STIX 2.1: the OASIS JSON Schemas (vendored in tests/fixtures/stix2.1-schemas), plus id format
 *   by type, unique ids, every *_ref(s) resolving inside the bundle, stable ids across exports.
 * - CSV: parsed back by csv-parse and compared cell by cell with the corpus.
 * - JSON: validated by ajv against the JSON Schema published beside it.
 * - Feeds: Atom, RSS and JSON Feed parsed by feedsmith, every title and link compared.
 * - W3C Web Annotations: every selector re-anchored in the report's text; any miss fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitFacts } from '../lib/content/git';
import { loadContent } from '../lib/content/load';
import { annotationFiles, reportAnnotations, reportPlainText } from '../lib/emit/annotations';
import { csvCell, csvFiles, csvRows } from '../lib/emit/csv';
import { cdataSafe, feedFiles } from '../lib/emit/feeds';
import { knowledgeBase, knowledgeBaseFiles } from '../lib/emit/kb-json';
import { openDataFiles } from '../lib/emit/open-data';
import { ORGANISATION_ID, reportStixBundle, type StixBundle, stixBundle } from '../lib/emit/stix';
import { uuidv5 } from '../lib/emit/uuid';
import type { Corpus } from '../lib/model/corpus';
import { CONFIDENCE_MAPPING, type Column, CSV_FILES, DOWNLOADS } from '../lib/model/open-data';
import { commitUrl, editUrl, siteIdentity } from '../lib/model/site';
import { CLAIM_RATING, claimReview } from '../lib/model/structured-data';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCHEMAS = path.join(ROOT, 'tests/fixtures/stix2.1-schemas');

function load(dir: string, git = false): Corpus {
  const result = loadContent(path.join(ROOT, dir), {
    today: '2026-11-25',
    displayRoot: dir,
    ...(git ? { facts: gitFacts(ROOT) } : {}),
  });
  if (!result.corpus) throw new Error(`${dir} does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.corpus;
}

const corpora: Record<string, Corpus> = {};
beforeAll(() => {
  corpora.content = load('content', true);
  corpora.valid = load('tests/fixtures/valid');
  corpora.hostile = load('tests/fixtures/hostile/_valid-but-hostile');
}, 120_000);
const NAMES = ['content', 'valid', 'hostile'] as const;
const BASES = [{ url: null }, { url: 'https://corroborate.example.org' }] as const;

// ---------------------------------------------------------------------------------------------

describe('site identity', () => {
  it('reads the base URL and repository from the environment, and nothing when they are not set', () => {
    expect(siteIdentity({})).toEqual({ url: null, repository: null });
    expect(
      siteIdentity({
        SITE_URL: 'https://kb.example.org/',
        REPOSITORY_URL: 'https://github.com/org/repo/',
        REPOSITORY_BRANCH: 'live',
      }),
    ).toEqual({
      url: 'https://kb.example.org',
      repository: { url: 'https://github.com/org/repo', branch: 'live' },
    });
    expect(siteIdentity({ SITE_URL: 'https://kb.example.org/sub/' }).url).toBe('https://kb.example.org/sub');
    expect(() => siteIdentity({ SITE_URL: 'kb.example.org' })).toThrow(/SITE_URL="kb.example.org" is not a URL/);
    expect(() => siteIdentity({ SITE_URL: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => siteIdentity({ REPOSITORY_URL: 'https://github.com/org/repo?x=1' })).toThrow(/REPOSITORY_URL/);
  });

  it('links to no repository that was not configured', () => {
    expect(editUrl('content/claims/x.mdx', null)).toBeNull();
    expect(commitUrl('a'.repeat(40), null)).toBeNull();
    const repo = { url: 'https://github.com/org/repo', branch: 'main' };
    expect(editUrl('content/claims/x y.mdx', repo)).toBe(
      'https://github.com/org/repo/edit/main/content/claims/x%20y.mdx',
    );
    expect(commitUrl('a'.repeat(40), repo)).toBe(`https://github.com/org/repo/commit/${'a'.repeat(40)}`);
    expect(commitUrl('../../evil', repo)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------

function stixValidator() {
  // The OASIS patterns escape '-' outside classes, which a Unicode-mode RegExp refuses.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : [],
      );
  const byFile = new Map<string, string>();
  for (const file of walk(SCHEMAS)) {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    byFile.set(path.relative(SCHEMAS, file), schema.$id);
  }
  const get = (rel: string) => ajv.getSchema(byFile.get(rel)!)!;
  return {
    ajv,
    bundle: get('common/bundle.json'),
    object: (type: string) =>
      get(fs.existsSync(path.join(SCHEMAS, 'sdos', `${type}.json`)) ? `sdos/${type}.json` : `common/${type}.json`),
  };
}

const STIX_ID = /^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every value under a key ending in _ref or _refs, anywhere in an object. */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsOf(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith('_ref') && typeof v === 'string') out.push(v);
      else if (k.endsWith('_refs') && Array.isArray(v)) out.push(...(v as string[]));
      else refsOf(v, out);
    }
  return out;
}

/**
 * The object types bundle.json lists. It omits location, note, opinion, grouping and incident: they
 * fall to its branch for custom objects, which then matches both core schemas and fails its oneOf.
 * So the envelope is checked with the objects it knows, and every object against its own schema.
 */
const BUNDLE_TYPES = new Set([
  'attack-pattern',
  'campaign',
  'course-of-action',
  'identity',
  'indicator',
  'infrastructure',
  'intrusion-set',
  'malware',
  'malware-analysis',
  'observed-data',
  'relationship',
  'report',
  'sighting',
  'threat-actor',
  'tool',
  'vulnerability',
]);

function checkBundle(bundle: StixBundle, validator: ReturnType<typeof stixValidator>) {
  const ok = validator.bundle({ ...bundle, objects: bundle.objects.filter((o) => BUNDLE_TYPES.has(o.type)) });
  expect(validator.bundle.errors ?? [], 'bundle schema').toEqual([]);
  expect(ok).toBe(true);
  expect(bundle.id).toMatch(/^bundle--/);
  const ids = new Set<string>();
  for (const object of bundle.objects) {
    const validate = validator.object(object.type);
    const valid = validate(object);
    expect(validate.errors ?? [], `${object.id} against the ${object.type} schema`).toEqual([]);
    expect(valid).toBe(true);
    const m = STIX_ID.exec(object.id);
    expect(m?.[1], `id ${object.id} names its type`).toBe(object.type);
    expect(ids.has(object.id), `duplicate id ${object.id}`).toBe(false);
    ids.add(object.id);
    expect(object.spec_version).toBe('2.1');
    if (object.id !== ORGANISATION_ID) expect(object.created_by_ref).toBe(ORGANISATION_ID);
    expect(Date.parse(object.modified as string)).toBeGreaterThanOrEqual(Date.parse(object.created as string));
    for (const key of Object.keys(object))
      if (!/^[a-z0-9_]+$/.test(key) || key.startsWith('x_')) expect(key).toMatch(/^x_corroborate_[a-z0-9_]+$/);
    // A location must have a region, a country or coordinates (STIX 2.1, 4.11): the schema does not say so.
    if (object.type === 'location') expect(object.region ?? object.country ?? object.latitude).toBeDefined();
  }
  for (const ref of refsOf(bundle.objects)) expect(ids.has(ref), `${ref} resolves inside the bundle`).toBe(true);
}

describe('STIX 2.1', () => {
  const validator = stixValidator();

  it.each(NAMES)(
    'the %s bundle and each report bundle pass the OASIS schemas, with ids by type and every reference inside the bundle',
    (name) => {
      const corpus = corpora[name]!;
      for (const identity of BASES) {
        checkBundle(stixBundle(corpus, identity), validator);
        for (const report of corpus.reports) checkBundle(reportStixBundle(corpus, report, identity), validator);
      }
    },
  );

  it('gives every object the same id in every export (UUIDv5 of our ids), so a re-import updates', () => {
    const corpus = corpora.content!;
    const a = stixBundle(corpus);
    const b = stixBundle(corpus);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const claim = corpus.claims[0]!;
    expect(a.objects.find((o) => o.x_corroborate_id === claim.id && o.type === 'note')?.id).toBe(
      `note--${uuidv5(`claim:${claim.id}`)}`,
    );
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('maps likelihood and credibility to confidence by the STIX confidence appendix and keeps the original values', () => {
    const corpus = corpora.content!;
    const notes = stixBundle(corpus).objects.filter((o) => o.type === 'note');
    expect(notes).toHaveLength(corpus.claims.length);
    for (const claim of corpus.claims) {
      const note = notes.find((n) => n.x_corroborate_id === claim.id)!;
      expect(note.x_corroborate_assessment).toBe(claim.assessment);
      expect(note.x_corroborate_confidence).toBe(claim.confidence);
      expect(note.confidence).toBe(claim.likelihood ? CONFIDENCE_MAPPING.likelihood[claim.likelihood] : undefined);
      const evidence = (note.x_corroborate_evidence ?? []) as {
        credibility: number;
        confidence?: number;
        reliability: string;
      }[];
      expect(evidence).toHaveLength(claim.evidence.length);
      evidence.forEach((ev, i) => {
        expect(ev.reliability).toBe(claim.evidence[i]!.source.reliability);
        expect(ev.confidence).toBe(
          claim.evidence[i]!.credibility === 6
            ? undefined
            : { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10 }[claim.evidence[i]!.credibility],
        );
      });
    }
    expect(CONFIDENCE_MAPPING.likelihood['almost-certain']).toBe(95);
    expect(CONFIDENCE_MAPPING.likelihood['almost-no-chance']).toBe(5);
  });

  it("places locations by ISO 3166 country code (their own or their country's), or by region", () => {
    const locations = new Map(
      stixBundle(corpora.content!)
        .objects.filter((o) => o.type === 'location')
        .map((o) => [o.x_corroborate_id as string, o]),
    );
    expect(locations.get('russia')).toMatchObject({ country: 'RU' });
    expect(locations.get('united-states')).toMatchObject({ country: 'US' });
    expect(locations.get('kunar')).toMatchObject({ country: 'AF', administrative_area: 'Kunar' });
    expect(locations.get('central-asia')).toMatchObject({ region: 'central-asia' });
  });

  it('puts each report, its claims and the entities they name in the report bundle', () => {
    const corpus = corpora.content!;
    for (const report of corpus.reports) {
      const bundle = reportStixBundle(corpus, report);
      expect(bundle.objects.filter((o) => o.type === 'report').map((o) => o.x_corroborate_id)).toEqual([report.id]);
      expect(new Set(bundle.objects.filter((o) => o.type === 'note').map((o) => o.x_corroborate_id))).toEqual(
        new Set(report.claims.map((c) => c.id)),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** A cell as a spreadsheet-safe file holds it: the text, with the apostrophe our writer adds before a formula character. */
const written = (value: string | number | undefined) =>
  value === undefined ? '' : typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);

describe('CSV', () => {
  it('quotes as RFC 4180 says and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1, x')).toBe('"\'-1, x"');
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  it.each(NAMES)('%s: every file parses back, row for row and cell for cell, to the corpus', (name) => {
    const corpus = corpora[name]!;
    const files = new Map(csvFiles(corpus).map((f) => [f.path, f.content as string]));
    const rows = csvRows(corpus);
    for (const { key, columns } of CSV_FILES) {
      const text = files.get(DOWNLOADS[key].path)!;
      expect(text.charCodeAt(0), 'no byte-order mark').not.toBe(0xfeff);
      expect(text.endsWith('\r\n')).toBe(true);
      const parsed = parseCsv(text, { relax_quotes: false, record_delimiter: '\r\n' }) as string[][];
      const cols = columns as readonly Column<unknown>[];
      expect(parsed[0]).toEqual(cols.map((c) => c.name));
      const expected = (rows[key] as unknown[]).map((row) => cols.map((c) => written(c.value(row))));
      expect(parsed.slice(1)).toEqual(expected);
      for (const record of parsed.slice(1))
        for (const cell of record) expect(cell, 'a spreadsheet would run it').not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('keeps hostile text intact in the hostile fixture (formula, quotes, commas, line breaks, U+2028)', () => {
    const corpus = corpora.hostile!;
    const claims = parseCsv(csvFiles(corpus).find((f) => f.path === DOWNLOADS.claimsCsv.path)!.content as string, {
      columns: true,
    }) as Record<string, string>[];
    const row = claims.find((r) => r.id === 'formula-in-title')!;
    expect(row.title).toBe("'=cmd|' /C calc'!A0, \"quoted\", ]]> and ]]> again");
    expect(row.statement).toBe(
      "'@SUM(1,2) says the group, on line one\nand on line two, with a line\u2028separator, </script><!-- and a tab\tinside.",
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('JSON', () => {
  it.each(NAMES)('%s: the download validates against the JSON Schema published beside it', (name) => {
    const corpus = corpora[name]!;
    for (const identity of BASES) {
      const files = knowledgeBaseFiles(corpus, identity);
      const data = JSON.parse(files.find((f) => f.path === DOWNLOADS.json.path)!.content as string);
      const schema = JSON.parse(files.find((f) => f.path === DOWNLOADS.jsonSchema.path)!.content as string);
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(data.schema_version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(data.base_url).toBe(identity.url);
      expect(data.claims).toHaveLength(corpus.claims.length);
      expect(data.claims[0].url).toBe(`${identity.url ?? ''}${corpus.claims[0]!.href}`);
    }
  });

  it('the schema rejects what it should (it is not a schema that accepts anything)', () => {
    const corpus = corpora.valid!;
    const schema = JSON.parse(
      knowledgeBaseFiles(corpus).find((f) => f.path === DOWNLOADS.jsonSchema.path)!.content as string,
    );
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const good = knowledgeBase(corpus);
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, schema_version: '0.0.1' })).toBe(false);
    expect(validate({ ...good, claims: [{ ...good.claims[0], assessment: 'true-ish' }] })).toBe(false);
    expect(validate({ ...good, claims: [{ ...good.claims[0], unknown_field: 1 }] })).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('feeds', () => {
  it('splits every "]]>" so that CDATA cannot end early', () => {
    expect(cdataSafe('a]]>b]]>c]]>d')).toBe('a]]>b]]]]><![CDATA[>c]]]]><![CDATA[>d');
    expect(cdataSafe('plain')).toBe('plain');
  });

  it.each(NAMES)('%s: Atom, RSS and JSON Feed parse, and carry every title and link exactly', (name) => {
    const corpus = corpora[name]!;
    for (const identity of BASES) {
      const files = new Map(feedFiles(corpus, identity).map((f) => [f.path, f.content as string]));
      for (const key of ['claims', 'reports', 'review'] as const) {
        const atom = parseAtomFeed(files.get(`feeds/${key}.atom.xml`)!);
        const rss = parseRssFeed(files.get(`feeds/${key}.rss.xml`)!);
        const json = parseJsonFeed(JSON.parse(files.get(`feeds/${key}.json`)!));
        const expectedCount =
          key === 'reports'
            ? corpus.reports.length
            : key === 'review'
              ? corpus.dueForReview.length
              : corpus.claims.reduce((n, c) => n + Math.max(1, c.history.changes.length), 0);
        const entries = atom.entries ?? [];
        expect(entries).toHaveLength(Math.min(200, expectedCount));
        expect(rss.items ?? []).toHaveLength(entries.length);
        expect(json.items ?? []).toHaveLength(entries.length);
        entries.forEach((entry, i) => {
          const item = rss.items![i]!;
          const jsonItem = json.items![i]!;
          // Atom titles are type="html": as HTML they must read exactly as the plain text.
          expect(entry.title?.type ?? 'html').toBe('html');
          const title = unescapeHtml(entry.title!.value!);
          expect(item.title).toBe(title);
          expect(jsonItem.title).toBe(title);
          expect(title).not.toMatch(/&(lt|gt|amp|quot);/);
          const link = entry.links![0]!.href!;
          expect(item.link).toBe(link);
          expect(jsonItem.url).toBe(link);
          expect(link.startsWith(identity.url ? `${identity.url}/` : '/')).toBe(true);
          expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
        });
        if (!identity.url) expect(atom.subtitle?.value ?? atom.subtitle).toMatch(/without a public base URL/);
        expect(files.get(`feeds/${key}.atom.xml`)).not.toContain('.invalid');
      }
      // Every report is in the reports feed with its title.
      const reports = parseAtomFeed(files.get('feeds/reports.atom.xml')!);
      expect(new Set(reports.entries!.map((e) => unescapeHtml(e.title!.value!)))).toEqual(
        new Set(corpus.reports.map((r) => r.title)),
      );
    }
  });

  it('lists the claims due for review on the day of the build, longest overdue first', () => {
    // The claims-change fixture over the valid one, on a day when some of its claims are overdue.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-review-feed-'));
    fs.cpSync(path.resolve('tests/fixtures/valid'), dir, { recursive: true });
    for (const folder of ['claims', 'reports'])
      fs.cpSync(path.resolve('tests/fixtures/claims-change', folder), path.join(dir, folder), { recursive: true });
    const { corpus, diagnostics } = loadContent(dir, { today: '2027-06-01' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(corpus!.dueForReview.length).toBeGreaterThan(0);
    const atom = parseAtomFeed(feedFiles(corpus!).find((f) => f.path === 'feeds/review.atom.xml')!.content as string);
    expect(atom.entries!.map((e) => unescapeHtml(e.title!.value!))).toEqual(
      [...corpus!.dueForReview]
        .sort((a, b) => (a.reviewBy === b.reviewBy ? 0 : a.reviewBy < b.reviewBy ? 1 : -1))
        .map((d) => `Due for review: ${d.claim.title}`),
    );
  });

  it('lists new and re-assessed claims from the git history of the real content', () => {
    const corpus = corpora.content!;
    const atom = parseAtomFeed(feedFiles(corpus).find((f) => f.path === 'feeds/claims.atom.xml')!.content as string);
    const reassessed = corpus.claims.flatMap((c) => c.history.changes.filter((h) => h.from).map(() => c));
    expect(atom.entries!.filter((e) => e.title!.value!.startsWith('Re-assessed: ')).length).toBe(
      Math.min(reassessed.length, atom.entries!.length),
    );
  });

  it('keeps the hostile titles as text in every format', () => {
    const files = new Map(feedFiles(corpora.hostile!).map((f) => [f.path, f.content as string]));
    const title = 'Unverified: =cmd|\' /C calc\'!A0, "quoted", ]]> and ]]> again';
    const atom = parseAtomFeed(files.get('feeds/claims.atom.xml')!);
    expect(atom.entries!.map((e) => unescapeHtml(e.title!.value!))).toContain(title);
    expect(parseRssFeed(files.get('feeds/claims.rss.xml')!).items!.map((i) => i.title)).toContain(title);
    expect(parseJsonFeed(JSON.parse(files.get('feeds/claims.json')!)).items!.map((i) => i.title)).toContain(title);
    expect(atom.entries!.map((e) => unescapeHtml(e.title!.value!))).toContain(
      'Corroborated: Group present in nearly all provinces </script><!--',
    );
    // Fields a reader renders as HTML (Atom title and summary, RSS description, JSON content_html) hold no raw markup;
    // RSS and JSON Feed titles are plain text by their specifications, so there "</script>" is text.
    for (const key of ['claims', 'reports']) {
      const entries = parseAtomFeed(files.get(`feeds/${key}.atom.xml`)!).entries!;
      for (const e of entries) for (const v of [e.title!.value!, e.summary!.value!]) expect(v).not.toMatch(/<[a-z/!]/i);
      for (const i of parseRssFeed(files.get(`feeds/${key}.rss.xml`)!).items!)
        expect(i.description).not.toMatch(/<[a-z/!]/i);
      for (const i of JSON.parse(files.get(`feeds/${key}.json`)!).items as { content_html: string }[])
        expect(i.content_html).not.toMatch(/<[a-z/!]/i);
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** A Web Annotation selector, as a client re-anchors it. */
interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

describe('W3C Web Annotations', () => {
  it.each(NAMES)('%s: every selector re-anchors in the report text, by position and by quotation', (name) => {
    const corpus = corpora[name]!;
    const files = new Map(annotationFiles(corpus).map((f) => [f.path, f.content as string]));
    let anchored = 0;
    for (const report of corpus.reports) {
      const collection = JSON.parse(files.get(`data/reports/${report.id}.annotations.jsonld`)!);
      expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(collection.type).toBe('AnnotationCollection');
      const items = (collection.first?.items ?? []) as {
        type: string;
        motivation: string;
        body: { type: string; value?: string; source?: string }[];
        target: { source: string; selector: Selector | Selector[] };
      }[];
      expect(collection.total).toBe(items.length);
      if (report.text === 'full') {
        const text = files.get(`data/reports/${report.id}.txt`)!;
        expect(text).toBe(reportPlainText(report.tree).text);
        const points = Array.from(text);
        expect(items).toHaveLength(report.spans.length);
        items.forEach((a, i) => {
          const [quote, position] = a.target.selector as Selector[];
          expect(quote!.type).toBe('TextQuoteSelector');
          expect(position!.type).toBe('TextPositionSelector');
          // By position: code points from 0.
          expect(points.slice(position!.start, position!.end).join('')).toBe(quote!.exact);
          // By quotation: prefix + exact + suffix occurs in the text, exactly where the position says.
          const at = text.indexOf(`${quote!.prefix}${quote!.exact}${quote!.suffix}`);
          expect(at, `"${quote!.exact}" re-anchors`).toBeGreaterThanOrEqual(0);
          expect(Array.from(text.slice(0, at + quote!.prefix!.length)).length).toBe(position!.start);
          // It is the span the report marks, and the body is that claim's verdict.
          expect(quote!.exact!.replace(/\s+/g, ' ')).toBe(report.spans[i]!.text.replace(/\s+/g, ' '));
          const claim = corpus.claims.find((c) => c.id === report.spans[i]!.claimId)!;
          expect(a.body[0]!.value).toContain(claim.displayTitle);
          expect(a.body[1]!.source).toBe(claim.href);
          anchored++;
        });
      } else {
        expect(items).toHaveLength(report.anchors.length);
        items.forEach((a, i) => {
          const selector = a.target.selector as Selector;
          expect(Array.isArray(selector), 'a report held by reference has no text to count positions in').toBe(false);
          expect(selector).toEqual({
            type: 'TextQuoteSelector',
            exact: report.anchors[i]!.quote,
            ...(report.anchors[i]!.prefix ? { prefix: report.anchors[i]!.prefix } : {}),
            ...(report.anchors[i]!.suffix ? { suffix: report.anchors[i]!.suffix } : {}),
          });
          expect(a.target.source).toBe(
            new URL(report.url ?? report.read_at ?? `https://x${report.href}`).href.replace(/^https:\/\/x/, ''),
          );
          anchored++;
        });
      }
    }
    expect(anchored).toBeGreaterThan(0);
  });

  it('counts positions in code points, not UTF-16 units (an emoji before a span)', () => {
    const corpus = corpora.hostile!;
    const report = corpus.reports.find((r) => r.id === 'sample-report')!;
    const { text } = reportPlainText(report.tree);
    const items = (
      reportAnnotations(corpus, report).first!.items as unknown as { target: { selector: Selector[] } }[]
    ).map((a) => a.target.selector[1]!);
    const last = items.at(-1)!;
    expect(text.indexOf('🙂')).toBeGreaterThan(0);
    expect(last.start).toBe(text.indexOf("=cmd|' /C calc'!A0") - 1);
  });
});

// ---------------------------------------------------------------------------------------------

describe('schema.org ClaimReview', () => {
  it.each(NAMES)('%s: every claim has the required fields, on the stated scale', (name) => {
    for (const claim of corpora[name]!.claims) {
      const review = claimReview(claim) as unknown as {
        '@type': string;
        claimReviewed: string;
        url: string;
        author: unknown;
        datePublished: string;
        dateModified: string;
        reviewRating: { alternateName: string; ratingValue?: number };
        itemReviewed: { '@type': string; appearance?: unknown[]; author?: unknown };
      };
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(claim.statement);
      expect(review.url).toBe(claim.href);
      expect(review.author).toMatchObject({ '@type': 'Organization', name: 'Corroborate' });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.reviewRating.alternateName).toBeTruthy();
      if (claim.assessment === 'opinion') expect(review.reviewRating.ratingValue).toBeUndefined();
      else
        expect(review.reviewRating).toMatchObject({
          ratingValue: CLAIM_RATING.values[claim.assessment],
          bestRating: 5,
          worstRating: 1,
        });
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance ?? []).toHaveLength(claim.appearsIn.length);
      if (claim.appearsIn.length || claim.attributed_to) expect(review.itemReviewed.author).toBeDefined();
    }
  });
});

describe('every open-data file', () => {
  it('is the same bytes from the same corpus (the data page shows the sizes of what the build writes)', () => {
    const a = openDataFiles(corpora.content!);
    const b = openDataFiles(corpora.content!);
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    expect(a.map((f) => f.content)).toEqual(b.map((f) => f.content));
    expect(new Set(a.map((f) => f.path)).size).toBe(a.length);
  });
});
