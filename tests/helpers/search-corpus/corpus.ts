/**
 * A deterministic synthetic corpus for the search benchmark, shaped like Corroborate's own
 * collections (it goes through `toSearchDocuments`, as the site's index does), and the fixed
 * query set with its relevance judgements.
 *
 * - Claims: a ~11-word title, a ~30-word statement and a ~200-word body. Words follow a Zipf
 *   law over real places and groups, analytic vocabulary and a long tail of generated rare terms.
 * - Entities: places, organisations and people; their aliases and original-script names appear
 *   only in the entity records, never in claim text.
 * - Sources (one per five claims) and reports (one per two hundred claims).
 */
import type { BodyNode, Claim, Corpus, Entity, EntityRef, Report, Source } from '@/lib/model/corpus';
import { ASSESSMENT, CLAIM_KIND } from '@/lib/model/scales';
import { naturalQueries } from './natural';
import { ADJECTIVES, FILLER, FIRST_NAMES, NOUNS, ORGS, PLACES, PUBLISHERS, ROLES, SURNAMES, VERBS } from './vocabulary';

const EMPTY_TREE: BodyNode = { type: 'root', children: [] };
const refOf = (e: Entity): EntityRef => ({ id: e.id, href: e.href, name: e.name, kind: e.kind });

export type QueryKind = 'single' | 'alias' | 'typo' | 'known-item' | 'deep' | 'phrase' | 'natural';
export const QUERY_KINDS: readonly QueryKind[] = ['single', 'alias', 'typo', 'known-item', 'deep', 'phrase', 'natural'];

export interface BenchQuery {
  kind: QueryKind;
  q: string;
  /** Keys (`type:id`) of the documents that count as a hit. */
  relevant: Set<string>;
}

export interface BenchCorpus {
  corpus: Corpus;
  queries: BenchQuery[];
}

export const docKey = (type: string, id: string) => `${type}:${id}`;

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0…n−1 with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, s: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / Math.pow(i + 1, s);
    cdf[i] = sum;
  }
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ARABIC = /[\u0600-\u06FF]/;

const ONSETS = 'b d g k q kh gh sh z r l m n t p s j w y h f ch zh'.split(' ');
const VOWELS = 'a e i o u aa ei ou ai'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 'm', 'k', 'd', 'sh', 'z', 'b', 'st', 'nd'];

const REVIEWED = '2026-11-01';

export function generateCorpus(nClaims: number, seed = 42): BenchCorpus {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  // The long tail: generated words, unique, none equal to a real word in the lists.
  const reserved = new Set(
    [
      ...FILLER,
      ...NOUNS,
      ...VERBS,
      ...ADJECTIVES,
      ...ROLES,
      ...FIRST_NAMES,
      ...SURNAMES,
      ...PLACES.flat(2),
      ...ORGS.flat(2),
    ].map((w) => String(w).toLowerCase()),
  );
  const rareCount = 5_000 + 4 * nClaims;
  const rare: string[] = [];
  const seen = new Set<string>();
  while (rare.length < rareCount) {
    let w = '';
    const syllables = int(2, 4);
    for (let s = 0; s < syllables; s++)
      w += pick(ONSETS) + pick(VOWELS) + (s === syllables - 1 || rand() < 0.3 ? pick(CODAS) : '');
    if (w.length < 5 || w.length > 14 || seen.has(w) || reserved.has(w)) continue;
    seen.add(w);
    rare.push(w);
  }
  let rareCursor = 0;
  const freshRare = () => rare[rare.length - 1 - rareCursor++]!; // from the far end: never drawn by the Zipf sampler in practice
  const rareZipf = zipf(rare.length - 2_000, 1.0, rand);
  const rareWord = () => rare[rareZipf()]!;
  const placeZipf = zipf(PLACES.length, 1.1, rand);
  const orgZipf = zipf(ORGS.length, 1.1, rand);

  // Entities.
  const entities: Entity[] = [];
  const entity = (name: string, kind: Entity['kind'], names: string[], summary: string, body: string): Entity => {
    const e: Entity = {
      type: 'entity',
      id: slug(name) || `entity-${entities.length}`,
      href: '',
      file: '',
      tree: EMPTY_TREE,
      plainText: body,
      lastChanged: null,
      name,
      kind,
      summary,
      aliases: names.filter((a) => !ARABIC.test(a)),
      original_names: names.filter((a) => ARABIC.test(a)).map((text) => ({ text, lang: 'ps', seen: true })),
      reviewed: REVIEWED,
      ancestors: [],
      children: [],
      mentionedIn: [],
      reports: [],
    };
    e.href = `/entities/${e.id}/`;
    e.file = `content/entities/${e.id}.mdx`;
    entities.push(e);
    return e;
  };
  const sentence = (words: number, extra: () => string) => {
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(rand() < 0.2 ? extra() : pick(FILLER));
    return cap(out.join(' ')) + '.';
  };
  const placeEntities = PLACES.map(([name, aliases]) =>
    entity(
      name,
      'place',
      aliases,
      `${name} is a place where ${pick(NOUNS)} and ${pick(NOUNS)} have been reported.`,
      sentence(40, () => pick(NOUNS)),
    ),
  );
  const orgEntities = ORGS.map(([name, aliases]) =>
    entity(
      name,
      'organisation',
      aliases,
      `${name} is an organisation named in reports on ${pick(NOUNS)} and ${pick(NOUNS)}.`,
      sentence(40, () => pick(NOUNS)),
    ),
  );
  const personCount = Math.min(3_000, Math.max(100, Math.round(nClaims / 10)));
  const personEntities: Entity[] = [];
  const personNames = new Set<string>();
  while (personEntities.length < personCount) {
    const first = pick(FIRST_NAMES);
    const last = pick(SURNAMES);
    const name = `${first} ${last}`;
    if (personNames.has(name)) continue;
    personNames.add(name);
    const aliases = rand() < 0.3 ? [`Abu ${pick(FIRST_NAMES)} al-${cap(rareWord())}`] : [];
    personEntities.push(
      entity(
        name,
        'person',
        aliases,
        `${name} is a ${pick(ROLES)} mentioned in several reports.`,
        sentence(30, () => pick(NOUNS)),
      ),
    );
  }
  const personZipf = zipf(personEntities.length, 0.8, rand);

  // Claims.
  const claims: Claim[] = [];
  const deepTargets = new Map<number, string[]>(); // claim index → marker words to bury deep in its body
  const phraseTargets = new Map<number, string[]>();
  const deepQueries: { marker: string; claims: number[] }[] = [];
  const phraseQueries: string[] = [];
  const QUERIES_PER_KIND = 40;
  for (let k = 0; k < QUERIES_PER_KIND; k++) {
    const marker = freshRare();
    const targets = [int(0, nClaims - 1)];
    for (let extra = int(0, 2); extra > 0; extra--) targets.push(int(0, nClaims - 1));
    for (const t of targets) deepTargets.set(t, [...(deepTargets.get(t) ?? []), marker]);
    deepQueries.push({ marker, claims: targets });
    const phrase = `${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(VERBS)} near ${PLACES[placeZipf()]![0]}`;
    phraseQueries.push(phrase);
    for (let t = 0; t < 2; t++) {
      const c = int(0, nClaims - 1);
      phraseTargets.set(c, [...(phraseTargets.get(c) ?? []), phrase]);
    }
  }

  const assessments = ASSESSMENT.ids;
  const kinds = CLAIM_KIND.ids;
  for (let i = 0; i < nClaims; i++) {
    const place = placeEntities[placeZipf()]!;
    const place2 = rand() < 0.5 ? placeEntities[placeZipf()]! : undefined;
    const org = orgEntities[orgZipf()]!;
    const person = personEntities[personZipf()]!;
    const surname = person.name.split(' ').pop()!;
    const r1 = cap(rareWord());
    const templates = [
      () => `${org.name} ${pick(VERBS)} ${pick(NOUNS)} near ${r1} in ${place.name}, says ${surname}`,
      () =>
        `${cap(pick(ROLES))} ${surname} says ${org.name} ${pick(VERBS)} ${pick(ADJECTIVES)} ${pick(NOUNS)} at ${r1}, ${place.name}`,
      () => `${int(2, 400)} ${pick(NOUNS)} ${pick(VERBS)} in ${place.name} ${pick(NOUNS)} at ${r1}, ${surname} reports`,
    ];
    const title = pick(templates)();
    const statement = `${person.name}, a ${pick(ROLES)} with ties to ${org.name}, ${pick(VERBS)} that ${pick(ADJECTIVES)} ${pick(NOUNS)} in ${place.name}${
      place2 ? ` and ${place2.name}` : ''
    } ${pick(VERBS)} ${int(2, 300)} ${pick(NOUNS)} in ${2015 + int(0, 10)}, ${sentence(8, () => pick(NOUNS)).toLowerCase()}`;

    // ~200 words in sentences; entity names by their main name only.
    const sentences: string[] = [];
    for (let count = 0; count < 200;) {
      const len = int(8, 16);
      const s: string[] = [];
      for (let w = 0; w < len; w++) {
        const x = rand();
        if (x < 0.55) s.push(pick(FILLER));
        else if (x < 0.67) s.push(rareWord());
        else if (x < 0.75) s.push(pick(NOUNS));
        else if (x < 0.8) s.push(pick(ADJECTIVES), pick(NOUNS));
        else if (x < 0.85) s.push(pick(VERBS));
        else if (x < 0.88) s.push(String(int(1, 2025)));
        else if (x < 0.93) s.push(rand() < 0.6 ? place.name : (place2 ?? placeEntities[placeZipf()]!).name);
        else if (x < 0.97) s.push(org.name);
        else s.push(surname);
      }
      sentences.push(cap(s.join(' ')) + (rand() < 0.8 ? '.' : ','));
      count += s.length;
    }
    // Buried deep in the body (after ~120 words, i.e. well past fuse.js's default location window).
    for (const marker of deepTargets.get(i) ?? [])
      sentences.splice(int(Math.ceil(sentences.length * 0.6), sentences.length - 1), 0, `the ${marker} account`);
    for (const phrase of phraseTargets.get(i) ?? [])
      sentences.splice(
        int(Math.ceil(sentences.length * 0.4), sentences.length - 1),
        0,
        `witnesses said the ${phrase} was`,
      );
    const body = sentences.join(' ');
    const id = `${slug(title).split('-').slice(0, 5).join('-')}-${i}`;
    claims.push({
      type: 'claim',
      id,
      href: `/claims/${id}/`,
      file: `content/claims/${id}.mdx`,
      tree: EMPTY_TREE,
      plainText: body,
      lastChanged: null,
      title,
      statement,
      kind: pick(kinds),
      assessment: pick(assessments),
      rationale: sentence(12, () => pick(NOUNS)),
      confidence: pick(['low', 'moderate', 'high'] as const),
      as_of: `${2015 + int(0, 10)}`,
      entities: [refOf(org), refOf(person)],
      places: [place, ...(place2 && place2.id !== place.id ? [place2] : [])].map(refOf),
      tags: [],
      evidence: [],
      related: [],
      reviewed: REVIEWED,
      relatedBy: [],
      appearsIn: [],
      history: { changes: [], complete: false },
      displayTitle: title,
      lines: [],
      ownSources: {},
      supersedes: [],
      reviewBy: REVIEWED,
      reviewByDefault: false,
      dueForReview: false,
    });
  }

  // Sources and reports.
  const sources: Source[] = [];
  for (let i = 0; i < Math.max(1, Math.round(nClaims / 5)); i++) {
    const place = placeEntities[placeZipf()]!;
    const publisher = pick(PUBLISHERS);
    const title = `${cap(pick(ADJECTIVES))} ${pick(NOUNS)} in ${place.name}: ${pick(NOUNS)} and ${pick(NOUNS)}`;
    const id = `${slug(title).split('-').slice(0, 5).join('-')}-s${i}`;
    const body = Array.from({ length: 6 }, () => sentence(14, () => (rand() < 0.5 ? rareWord() : pick(NOUNS)))).join(
      ' ',
    );
    sources.push({
      type: 'source',
      id,
      href: `/sources/${id}/`,
      file: `content/sources/${id}.mdx`,
      tree: EMPTY_TREE,
      plainText: body,
      lastChanged: null,
      title,
      publisher,
      kind: publisher.startsWith('UN') ? 'un-document' : 'news',
      url: 'https://example.org/',
      copy: 'original',
      ...(publisher.startsWith('UN') ? { document_symbol: `S/${2015 + int(0, 10)}/${int(10, 999)}` } : {}),
      reliability: pick(['A', 'B', 'C', 'D'] as const),
      reliability_reason: 'Synthetic.',
      language: 'en',
      origins: [],
      citedBy: [],
      provenanceOf: [],
      copies: [],
    });
  }
  const reports: Report[] = [];
  for (let i = 0; i < Math.max(1, Math.round(nClaims / 200)); i++) {
    const place = placeEntities[placeZipf()]!;
    const title = `The ${pick(ADJECTIVES)} ${pick(NOUNS)} in ${place.name} and the ${pick(NOUNS)} of ${orgEntities[orgZipf()]!.name}`;
    const id = `${slug(title).split('-').slice(0, 6).join('-')}-r${i}`;
    const body = Array.from({ length: 40 }, () =>
      sentence(15, () => (rand() < 0.4 ? rareWord() : rand() < 0.5 ? pick(NOUNS) : placeEntities[placeZipf()]!.name)),
    ).join(' ');
    reports.push({
      type: 'report',
      id,
      href: `/reports/${id}/`,
      file: `content/reports/${id}.mdx`,
      tree: EMPTY_TREE,
      plainText: body,
      lastChanged: null,
      title,
      kind: 'analysis',
      publisher: pick(PUBLISHERS),
      language: 'en',
      perspective: 'Synthetic.',
      summary: sentence(30, () => pick(NOUNS)),
      text: 'full',
      anchors: [],
      provenance: [],
      entities: [refOf(place)],
      reviewed: REVIEWED,
      spans: [],
      claims: [],
      profile: { corroborated: 0, 'partly-corroborated': 0, unverified: 0, disputed: 0, refuted: 0, opinion: 0 },
      notCounted: 0,
      paragraphs: 40,
      reused: [],
      comparisons: [],
    });
  }

  const profile = { corroborated: 0, 'partly-corroborated': 0, unverified: 0, disputed: 0, refuted: 0, opinion: 0 };
  for (const c of claims) profile[c.assessment]++;
  const corpus: Corpus = {
    claims,
    sources,
    entities,
    reports,
    profile,
    pages: { methodology: null },
    comparisons: [],
    dueForReview: [],
    build: { date: REVIEWED, commit: null },
  };
  return {
    corpus,
    queries: makeQueries(corpus, { placeEntities, orgEntities, deepQueries, phraseQueries }, prng(seed + 1)),
  };
}

function makeQueries(
  corpus: Corpus,
  ctx: {
    placeEntities: Entity[];
    orgEntities: Entity[];
    deepQueries: { marker: string; claims: number[] }[];
    phraseQueries: string[];
  },
  rand: () => number,
): BenchQuery[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const referencing = new Map<string, string[]>();
  for (const c of corpus.claims) {
    for (const e of [...c.entities, ...c.places].map((x) => x.id)) {
      const list = referencing.get(e) ?? [];
      list.push(docKey('claim', c.id));
      referencing.set(e, list);
    }
  }
  const about = (e: Entity) => new Set([docKey('entity', e.id), ...(referencing.get(e.id) ?? [])]);
  const named = [...ctx.placeEntities, ...ctx.orgEntities].filter((e) => (referencing.get(e.id)?.length ?? 0) > 0);
  const byKind: Record<QueryKind, BenchQuery[]> = {
    single: [],
    alias: [],
    typo: [],
    'known-item': [],
    deep: [],
    phrase: [],
    natural: [],
  };
  const N = 40;

  // Single keyword: the entity's own record must be in the top 5 (a title match beats mentions).
  const singles = [...named].sort(() => rand() - 0.5).slice(0, N);
  for (const e of singles)
    byKind.single.push({ kind: 'single', q: e.name, relevant: new Set([docKey('entity', e.id)]) });

  // Aliases and transliterations (never in claim text): the entity or a record that lists it.
  const fixedAliases: [string, string][] = [
    ['ISIS-K', 'iskp'],
    ['IS-K', 'iskp'],
    ['Daesh Khorasan', 'iskp'],
    ['Mazar-i-Sharif', 'mazar-e-sharif'],
    ['Qandahar', 'kandahar'],
    ['Party of God', 'hezbollah'],
    ['Janjaweed', 'rsf'],
    ['ننګرهار', 'nangarhar'],
  ];
  const all = new Map(corpus.entities.map((e) => [e.id, e]));
  for (const [q, id] of fixedAliases) {
    const e = all.get(id);
    if (e) byKind.alias.push({ kind: 'alias', q, relevant: about(e) });
  }
  const aliasPool = named.flatMap((e) =>
    [...e.aliases, ...e.original_names.map((n) => n.text)].map((a) => [a, e] as const),
  );
  while (byKind.alias.length < N && aliasPool.length > 0) {
    const [a, e] = pick(aliasPool);
    if (!byKind.alias.some((x) => x.q === a)) byKind.alias.push({ kind: 'alias', q: a, relevant: about(e) });
  }

  // Misspellings: one deletion, transposition or substitution in a name of 5+ letters.
  byKind.typo.push({ kind: 'typo', q: 'Nangahar', relevant: about(all.get('nangarhar')!) });
  byKind.typo.push({ kind: 'typo', q: 'Kandhar', relevant: about(all.get('kandahar')!) });
  const typoPool = named.filter((e) => /^[A-Za-z]{6,}$/.test(e.name));
  for (let guard = 0; byKind.typo.length < N && guard < 10_000; guard++) {
    const e = pick(typoPool);
    const w = e.name;
    const i = 1 + Math.floor(rand() * (w.length - 2));
    const op = Math.floor(rand() * 3);
    const typo =
      op === 0
        ? w.slice(0, i) + w.slice(i + 1)
        : op === 1
          ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
          : w.slice(0, i) + pick('aeiounrst'.split('').filter((c) => c !== w[i])) + w.slice(i + 1);
    if (typo.toLowerCase() === w.toLowerCase() || byKind.typo.some((x) => x.q === typo)) continue;
    byKind.typo.push({ kind: 'typo', q: typo, relevant: about(e) });
  }

  // Known item: a surname and the rare word of one claim's title.
  const wordRe = (w: string) => new RegExp(`(^|[^\\p{L}])${w.toLowerCase()}($|[^\\p{L}])`, 'u');
  for (let guard = 0; byKind['known-item'].length < N && guard < 10_000; guard++) {
    const c = pick(corpus.claims);
    const person = c.entities.map((ref) => all.get(ref.id)).find((e) => e?.kind === 'person');
    const surname = person?.name.split(' ').pop();
    const rareWord = c.title.match(/(?:near|at) ([A-Z][a-z]+)/)?.[1];
    if (!surname || !rareWord) continue;
    const a = wordRe(surname);
    const b = wordRe(rareWord);
    const relevant = new Set(
      corpus.claims
        .filter((x) => a.test(x.title.toLowerCase()) && b.test(x.title.toLowerCase()))
        .map((x) => docKey('claim', x.id)),
    );
    byKind['known-item'].push({ kind: 'known-item', q: `${surname} ${rareWord.toLowerCase()}`, relevant });
  }

  // Deep-body words: a rare word that occurs only after the 120th word of a few bodies.
  for (const { marker, claims } of ctx.deepQueries) {
    byKind.deep.push({
      kind: 'deep',
      q: marker,
      relevant: new Set(claims.map((i) => docKey('claim', corpus.claims[i]!.id))),
    });
  }

  // Exact phrases in quotes: every word is common, the sequence is not.
  for (const phrase of ctx.phraseQueries) {
    const needle = phrase.toLowerCase();
    const relevant = new Set(
      corpus.claims
        .filter((c) => c.plainText.toLowerCase().includes(needle) || c.title.toLowerCase().includes(needle))
        .map((c) => docKey('claim', c.id)),
    );
    byKind.phrase.push({ kind: 'phrase', q: `"${phrase}"`, relevant });
  }

  // Natural queries (issue 17): 60, as a reader types them; drawn last so the other kinds stay as they were.
  for (const n of naturalQueries(corpus, rand, 60))
    byKind.natural.push({ kind: 'natural', q: n.q, relevant: n.relevant });

  // Interleave the kinds, so a run cut short by a time budget still times an even mix.
  const out: BenchQuery[] = [];
  const longest = Math.max(...QUERY_KINDS.map((k) => byKind[k].length));
  for (let i = 0; i < longest; i++) for (const kind of QUERY_KINDS) if (byKind[kind][i]) out.push(byKind[kind][i]!);
  return out;
}
