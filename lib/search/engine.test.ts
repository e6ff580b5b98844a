import { describe, expect, it } from 'vitest';
import { generateCorpus } from '@/tests/helpers/search-corpus/corpus';
import { buildSearchIndex } from './build';
import { type SearchDocument, toSearchDocuments } from './documents';
import { SearchEngine } from './engine';
import { decodeDictionary, encodeDictionary, VarintReader, writeVarint } from './codec';
import { MAX_QUERY_LENGTH } from './normalize';
import { parseQuery } from './query';
import { TextStore } from './text-store';

const doc = (d: Partial<SearchDocument> & Pick<SearchDocument, 'type' | 'id' | 'title'>): SearchDocument => ({
  href: `/${{ claim: 'claims', source: 'sources', entity: 'entities', report: 'reports' }[d.type]}/${d.id}/`,
  aliases: [],
  meta: '',
  body: '',
  refs: [],
  ...d,
});

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 37} sentence text`).join(' ');

const DOCS: SearchDocument[] = [
  doc({
    type: 'entity',
    id: 'iskp',
    title: 'ISKP',
    aliases: ['ISIS-K', 'IS-K', 'Daesh Khorasan', 'Islamic State Khorasan Province', 'ولاية خراسان'],
    meta: 'The Afghan branch of the Islamic State.',
    kind: 'organisation',
  }),
  doc({
    type: 'entity',
    id: 'nangarhar',
    title: 'Nangarhar',
    aliases: ['Ningarhar', 'ننګرهار'],
    meta: 'A province in eastern Afghanistan.',
    kind: 'place',
  }),
  doc({
    type: 'entity',
    id: 'kandahar',
    title: 'Kandahar',
    aliases: ['Qandahar'],
    meta: 'A province in southern Afghanistan.',
    kind: 'place',
  }),
  doc({
    type: 'entity',
    id: 'mazar-e-sharif',
    title: 'Mazar-e Sharif',
    aliases: ['Mazar-i-Sharif'],
    meta: 'Capital of Balkh.',
    kind: 'place',
  }),
  doc({
    type: 'entity',
    id: 'hezbollah',
    title: 'Hezbollah',
    aliases: ['Party of God'],
    meta: 'A Lebanese group.',
    kind: 'organisation',
  }),
  doc({
    type: 'claim',
    id: 'iskp-nearly-all-provinces',
    title: 'ISKP present in nearly all provinces',
    meta: 'The UN envoy said ISKP appeared to be present in nearly all provinces.',
    body: filler(30),
    refs: ['iskp'],
    assessment: 'corroborated',
    kind: 'attribution',
  }),
  doc({
    type: 'claim',
    id: 'achin-raid',
    title: 'Night raid in Achin district',
    meta: 'Forces raided a compound.',
    body: `${filler(150)} the raid was in Nangarhar province, near the border. ${filler(20)}`,
    refs: ['nangarhar'],
    assessment: 'unverified',
    kind: 'event',
  }),
  doc({
    type: 'claim',
    id: 'mosque-attack',
    title: 'Kandahar mosque attack, October 2021',
    meta: 'Suicide bombers attacked a Shia mosque in Kandahar city.',
    body: filler(40),
    refs: ['kandahar', 'iskp'],
    assessment: 'corroborated',
    kind: 'event',
  }),
  doc({
    type: 'claim',
    id: 'passing-mention',
    title: 'Aid convoys delayed on the ring road',
    meta: 'Convoys were delayed.',
    body: `${filler(60)} One convoy had left Kandahar earlier. ${filler(60)}`,
    assessment: 'disputed',
    kind: 'event',
  }),
  doc({
    type: 'claim',
    id: 'provinces-all',
    title: 'Attacks recorded in all provinces but nearly none in the north',
    meta: 'All provinces saw attacks; nearly none in the north.',
    body: filler(30),
    assessment: 'partly-corroborated',
    kind: 'statistical',
  }),
  doc({
    type: 'source',
    id: 'unsc-briefing',
    title: 'Security Council briefing on Afghanistan',
    aliases: ['S/PV.8906'],
    meta: 'United Nations',
    body: filler(50),
  }),
  doc({
    type: 'report',
    id: 'seed-report',
    title: 'The ISKP factor',
    meta: 'An opinion piece.',
    body: `${filler(200)} Party of God is not mentioned elsewhere. ${filler(10)}`,
  }),
];

function load(docs: SearchDocument[], shardChars?: number) {
  const built = buildSearchIndex(docs, shardChars ? { shardChars } : {});
  const engine = new SearchEngine(JSON.parse(JSON.stringify(built.index)));
  const store = new TextStore(engine.shardStarts);
  built.shards.forEach((s, i) => store.add(i, JSON.parse(JSON.stringify(s))));
  return { engine, store, built };
}

const { engine, store } = load(DOCS);
const ids = (q: string, opts = {}) => engine.search(q, { limit: 10, ...opts }, store).hits.map((h) => h.id);

describe('format', () => {
  it('round-trips varints and the front-coded dictionary', () => {
    const out: string[] = [];
    const values = [0, 1, 31, 32, 1023, 1024, 123_456_789];
    for (const v of values) writeVarint(out, v);
    const r = new VarintReader(out.join(''));
    expect(values.map(() => r.next())).toEqual(values);
    const terms = ['=isisk', 'isis', 'isisk', 'iskp', 'kandahar', 'ولایه'];
    expect(decodeDictionary(encodeDictionary(terms))).toEqual(terms);
  });

  it('builds the same bytes whatever order the corpus lists its documents in', () => {
    const { corpus } = generateCorpus(200);
    // A fixed-seed shuffle, so a failure can be replayed.
    let seed = 7;
    const shuffle = <T>(list: readonly T[]) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const j = seed % (i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    };
    const shuffled = {
      ...corpus,
      claims: shuffle(corpus.claims),
      sources: shuffle(corpus.sources),
      entities: shuffle(corpus.entities),
      reports: shuffle(corpus.reports),
    };
    expect(shuffled.claims.map((c) => c.id)).not.toEqual(corpus.claims.map((c) => c.id));
    expect(JSON.stringify(buildSearchIndex(toSearchDocuments(shuffled)))).toBe(
      JSON.stringify(buildSearchIndex(toSearchDocuments(corpus))),
    );
  });
});

describe('aliases and transliterations', () => {
  it.each([
    ['ISIS-K', 'iskp'],
    ['IS-K', 'iskp'],
    ['isis k', 'iskp'],
    ['Daesh Khorasan', 'iskp'],
    ['Daesh-Khorasan', 'iskp'],
    ['ولایت خراسان', 'iskp'],
    ['Mazar-i-Sharif', 'mazar-e-sharif'],
    ['Mazar-e Sharif', 'mazar-e-sharif'],
    ['mazar i sharif', 'mazar-e-sharif'],
    ['Qandahar', 'kandahar'],
    ['Ningarhar', 'nangarhar'],
    ['ننگرهار', 'nangarhar'],
    ['Party of God', 'hezbollah'],
  ])('%s finds %s first', (q, id) => {
    expect(ids(q)[0]).toBe(id);
  });

  it('reaches the records that list an entity through its alias', () => {
    expect(ids('Daesh Khorasan')).toEqual(
      expect.arrayContaining(['iskp', 'iskp-nearly-all-provinces', 'mosque-attack']),
    );
    expect(ids('Qandahar')).toContain('mosque-attack');
  });

  it('finds a source by its document symbol', () => {
    expect(ids('S/PV.8906')[0]).toBe('unsc-briefing');
  });

  it('says which alias matched', () => {
    const hit = engine.search('Daesh Khorasan', {}, store).hits[0]!;
    expect(hit.alias?.text).toBe('Daesh Khorasan');
    expect(hit.alias?.ranges).toEqual([
      [0, 5],
      [6, 14],
    ]);
  });
});

describe('misspellings', () => {
  it.each([
    ['Nangahar', 'nangarhar', 'Nangarhar'],
    ['Kandhar', 'kandahar', 'Kandahar'],
    ['Kandahr', 'kandahar', 'Kandahar'],
    ['Hezbolah', 'hezbollah', 'Hezbollah'],
    ['Kandhr', 'kandahar', 'Kandahar'],
  ])('%s → %s', (q, id, to) => {
    const r = engine.search(q, {}, store);
    expect(r.hits[0]?.id).toBe(id);
    expect(r.corrections).toEqual([{ from: q, to }]);
    expect(r.suggestion).toBe(to);
  });

  it('corrects only the misspelt part of a hyphenated name', () => {
    const r = engine.search('Mazar-i-Sharf', {}, store);
    expect(r.hits[0]?.id).toBe('mazar-e-sharif');
    expect(r.suggestion).toBe('Mazar-i-Sharif');
  });

  it('does not correct a word that exists', () => {
    expect(engine.search('Kandahar', {}, store).corrections).toEqual([]);
  });

  it('offers the closest entities when nothing matches', () => {
    const r = engine.search('Kandaharistan', {}, store);
    expect(r.total).toBe(0);
    expect(r.closestEntities.map((e) => e.id)).toContain('kandahar');
    expect(r.suggestion).toBe('Kandahar');
  });
});

describe('ranking', () => {
  it('puts a record whose name is the query before records that mention it', () => {
    expect(ids('Kandahar')[0]).toBe('kandahar');
  });

  it('puts a title match before a passing mention deep in a body', () => {
    const order = ids('Kandahar');
    expect(order.indexOf('mosque-attack')).toBeLessThan(order.indexOf('passing-mention'));
    expect(order).toContain('passing-mention');
  });

  it('finds words deep inside long text', () => {
    expect(ids('border')).toContain('achin-raid');
  });

  it('ranks records matching every word above those matching some', () => {
    expect(ids('raid Nangarhar')[0]).toBe('achin-raid');
  });

  it('completes the last word as a prefix while typing', () => {
    expect(ids('Kandah')).toContain('kandahar');
    expect(ids('night ra')).toContain('achin-raid');
  });

  it('filters by type and assessment, and counts before filtering', () => {
    const r = engine.search('Kandahar', { types: ['claim'], assessments: ['corroborated'] }, store);
    expect(r.hits.map((h) => h.id)).toEqual(['mosque-attack']);
    expect(r.counts.entity).toBeGreaterThan(0);
    expect(r.assessmentCounts.corroborated).toBe(1);
  });
});

describe('exact phrases', () => {
  it('keeps only records with the words in that order', () => {
    expect(ids('"nearly all provinces"')).toEqual(['iskp-nearly-all-provinces']);
    expect(ids('nearly all provinces')).toEqual(expect.arrayContaining(['iskp-nearly-all-provinces', 'provinces-all']));
  });

  it('matches stopwords inside the phrase', () => {
    expect(ids('"party of god"')).toEqual(['hezbollah', 'seed-report']);
    expect(ids('"party god"')).toEqual([]);
  });

  it('matches an unterminated phrase while it is typed', () => {
    expect(ids('"nearly all provinces')).toEqual(['iskp-nearly-all-provinces']);
  });

  it('asks for the text it needs when a shard is not loaded', () => {
    const { engine: e, built } = load(DOCS, 200);
    const empty = new TextStore(e.shardStarts);
    // The phrase is in a body: it cannot be checked until the body's shard is there.
    const r = e.search('"raid was in Nangarhar"', {}, empty);
    expect(r.hits).toEqual([]);
    expect(r.missingText.length).toBeGreaterThan(0);
    for (const d of r.missingText) {
      const shard = empty.shardOf(d);
      empty.add(shard, built.shards[shard]!);
    }
    expect(e.search('"raid was in Nangarhar"', {}, empty).hits.map((h) => h.id)).toEqual(['achin-raid']);
    // A phrase in a title is checked from the index alone.
    expect(e.search('"nearly all provinces"', {}, new TextStore(e.shardStarts)).hits.map((h) => h.id)).toEqual([
      'iskp-nearly-all-provinces',
    ]);
  });
});

describe('snippets and highlighting', () => {
  it('shows the text around a deep match, with the match marked', () => {
    const hit = engine.search('border', {}, store).hits.find((h) => h.id === 'achin-raid')!;
    expect(hit.snippet?.before).toBe(true);
    const [a, b] = hit.snippet!.ranges[0]!;
    expect(hit.snippet!.text.slice(a, b)).toBe('border');
  });

  it('marks title words, including completed prefixes and corrected spellings', () => {
    const hit = engine.search('Kandhar mosque', {}, store).hits.find((h) => h.id === 'mosque-attack')!;
    expect(hit.title.ranges.map(([a, b]) => hit.title.text.slice(a, b))).toEqual(['Kandahar', 'mosque']);
  });
});

describe('inert and hostile input', () => {
  it.each([[''], ['   '], ['"'], ['""'], ['AND OR'], ['+-*~^:()'], ['||'], ['*'], [null], [undefined], [42], [{}]])(
    '%j gives no results and no error',
    (q) => {
      const r = engine.search(q, {}, store);
      expect(r.hits).toEqual([]);
      expect(r.total).toBe(0);
    },
  );

  it('treats markup as words, never as markup', () => {
    const r = engine.search('<script>alert(1)</script>', {}, store);
    expect(r.query).toBe('<script>alert(1)</script>');
    for (const h of r.hits) expect(h.title.text).not.toContain('<script>');
  });

  it('cuts a 5,000-character paste and answers quickly', () => {
    const paste = 'Kandahar mosque attack '.repeat(250).slice(0, 5000);
    const t = performance.now();
    const r = engine.search(paste, {}, store);
    expect(performance.now() - t).toBeLessThan(500);
    expect(r.truncated).toBe(true);
    expect(r.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(r.hits[0]?.id).toBe('mosque-attack');
  });

  it('survives lone surrogates, control and bidi characters', () => {
    expect(() => engine.search('\uD800kandahar\u202E\u0000', {}, store)).not.toThrow();
    expect(parseQuery('a'.repeat(199) + '😀').text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('handles an empty index', () => {
    const { engine: e, store: s } = load([]);
    expect(e.search('anything', {}, s).hits).toEqual([]);
  });
});

describe('toSearchDocuments', () => {
  it('maps every collection, entities first, with aliases, statements and references', () => {
    const { corpus } = generateCorpus(30);
    const docs = toSearchDocuments(corpus);
    expect(docs).toHaveLength(
      corpus.claims.length + corpus.entities.length + corpus.sources.length + corpus.reports.length,
    );
    expect(docs[0]!.type).toBe('entity');
    const iskp = docs.find((d) => d.id === 'iskp')!;
    expect(iskp.aliases).toEqual(expect.arrayContaining(['ISIS-K', 'Daesh Khorasan', 'ولاية خراسان']));
    const claim = docs.find((d) => d.type === 'claim')!;
    const source = corpus.claims.find((c) => c.id === claim.id)!;
    expect(claim.meta).toBe(source.statement);
    expect(claim.refs).toEqual(expect.arrayContaining([...source.entities, ...source.places].map((e) => e.id)));
    expect(claim.assessment).toBe(source.assessment);
  });
});

describe('superseded and withdrawn claims', () => {
  it('are still found, but ranked after every current record, and marked', () => {
    const docs = [
      doc({
        type: 'claim',
        id: 'old-count',
        title: 'Kandahar attack count Kandahar Kandahar',
        meta: 'Kandahar figures',
        retired: true,
      }),
      doc({ type: 'claim', id: 'new-count', title: 'Attack count for the province', meta: 'Kandahar' }),
    ];
    const { engine: e, store: s } = load(docs);
    const hits = e.search('Kandahar', { limit: 10 }, s).hits;
    expect(hits.map((h) => [h.id, h.retired ?? false])).toEqual([
      ['new-count', false],
      ['old-count', true],
    ]);
    // Without the flag, the better match comes first.
    const plain = load(docs.map(({ retired: _, ...d }) => d));
    expect(plain.engine.search('Kandahar', { limit: 10 }, plain.store).hits.map((h) => h.id)).toEqual([
      'old-count',
      'new-count',
    ]);
  });
});
