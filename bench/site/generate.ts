/**
 * A synthetic knowledge base for the site benchmark, written as real content files so that every
 * measurement goes through the real loader and build. Deterministic (seeded): the same size gives
 * the same files. Per 1,000 claims: 200 sources (some copies, some relaying an origin), 100
 * entities, 5 full-text reports marking 40 claims each and 2 by-reference reports anchoring 20.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'attack province district fighters reported claimed officials security council briefing monitoring team estimate border militants rocket mosque convoy checkpoint assassination recruitment network financing camp governor spokesman ministry statement decline increase cell commander bombing district capital'.split(
    ' ',
  );

export interface Generated {
  claims: number;
  files: number;
  /** A claim file to edit when measuring a one-file change. */
  sampleClaim: string;
}

export function generateContent(dir: string, n: number): Generated {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  for (const c of ['claims', 'sources', 'entities', 'reports']) fs.mkdirSync(path.join(dir, c), { recursive: true });
  const write = (rel: string, text: string) => fs.writeFileSync(path.join(dir, rel), text);
  const nSources = Math.max(10, Math.round(n / 5));
  const nEntities = Math.max(6, Math.round(n / 10));
  let files = 0;

  write(
    'entities/country-0.mdx',
    `---\nname: Country 0\nkind: place\nplace_type: country\nsummary: A synthetic country.\nreviewed: "2026-11-25"\n---\n\nA synthetic country.\n`,
  );
  files++;
  for (let i = 0; i < nEntities; i++) {
    const place = i % 3 === 0;
    write(
      `entities/entity-${i}.mdx`,
      `---\nname: Entity ${i}\nkind: ${place ? 'place' : 'organisation'}\n${place ? 'place_type: province\npart_of: country-0\n' : ''}summary: Synthetic entity ${i}, ${sentence(6)}.\naliases: [E${i}, Ent-${i}]\nreviewed: "2026-11-25"\n---\n\n${sentence(40)}.\n`,
    );
    files++;
  }
  const orgs = Array.from({ length: nEntities }, (_, i) => i).filter((i) => i % 3 !== 0);
  for (let i = 0; i < nSources; i++) {
    // Every tenth source republishes the one before it; every seventh relays an organisation's statement.
    const lineage = `${i % 10 === 9 ? `copy_of: source-${i - 1}\n` : ''}${i % 7 === 3 ? `origins:\n  - entity: entity-${orgs[i % orgs.length]}\n    date: "2024-03-0${1 + (i % 9)}"\n` : ''}`;
    write(
      `sources/source-${i}.mdx`,
      `---\ntitle: Synthetic source ${i}, ${sentence(5)}\npublisher: Publisher ${i % 17}\nkind: ${i % 11 === 5 ? 'un-document' : 'news'}\npublished: "2024-0${1 + (i % 9)}-1${i % 10}"\nurl: https://example.org/source/${i}\ncopy: original\nreliability: ${'ABBCCD'[i % 6]}\nreliability_reason: Synthetic.\n${lineage}---\n\n${sentence(60)}.\n`,
    );
    files++;
  }

  const nFull = Math.max(1, Math.round(n / 200));
  const nRef = Math.max(1, Math.round(n / 500));
  const spans: string[][] = Array.from({ length: nFull }, () => []);
  const anchors: string[][] = Array.from({ length: nRef }, () => []);
  for (let i = 0; i < n; i++) {
    // Two supporting sources of reliability A–C (never D) and a third for context; corroborated when
    // the two are independent lines (not copies of each other, not relaying the same origin).
    const strong = (k: number) => k - (k % 6 === 5 ? 1 : 0);
    const a = strong((i * 6) % nSources);
    const b = strong((i * 6 + 7) % nSources);
    const originOf = (k: number) => (k % 7 === 3 ? orgs[k % orgs.length] : undefined);
    const copyPair = (x: number, y: number) => x % 10 === 9 && x - 1 === y;
    const independent =
      a !== b && !copyPair(a, b) && !copyPair(b, a) && (originOf(a) === undefined || originOf(a) !== originOf(b));
    const ents = [`entity-${orgs[i % orgs.length]}`];
    const places = [`entity-${3 * (i % Math.max(1, Math.floor(nEntities / 3)))}`];
    const ev = [
      `  - source: source-${a}\n    stance: supports\n    locator: paragraph ${1 + (i % 30)}\n    credibility: 1`,
      `  - source: source-${b}\n    stance: supports\n    locator: page ${1 + (i % 9)}\n    credibility: 2`,
      `  - source: source-${[0, 1, 2].map((k) => (i * 13 + 3 + k) % nSources).find((k) => k !== a && k !== b)}\n    stance: context\n    locator: section ${1 + (i % 4)}\n    credibility: 3`,
    ].join('\n');
    const related = i > 0 && i % 5 === 0 ? `related:\n  - claim: claim-${i - 1}\n    relation: supports\n` : '';
    write(
      `claims/claim-${i}.mdx`,
      `---\ntitle: Synthetic claim ${i} about ${pick(WORDS)} ${pick(WORDS)}\nstatement: ${sentence(25)}.\nkind: event\nassessment: ${independent ? 'corroborated' : 'partly-corroborated'}\nrationale: ${sentence(12)}.\nlikelihood: likely\nconfidence: moderate\nas_of: "${2015 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}"\nentities: [${ents.join(', ')}]\nplaces: [${places.join(', ')}]\ntags: [synthetic]\nevidence:\n${ev}\n${related}reviewed: "2026-11-25"\n---\n\n## Reasoning\n\n${sentence(80)}.\n\n- ${sentence(10)}\n- ${sentence(10)}\n\n${sentence(60)}, see [a source](/sources/source-${i % nSources}/).\n`,
    );
    files++;
    if (i < nFull * 40) spans[i % nFull]!.push(`${sentence(8)} <Claim id="claim-${i}">${sentence(12)}</Claim>.`);
    else if (i < nFull * 40 + nRef * 20) {
      const r = (i - nFull * 40) % nRef;
      anchors[r]!.push(
        `  - claim: claim-${i}\n    quote: ${sentence(14)}\n    locator: section ${1 + (anchors[r]!.length % 6)}, paragraph ${1 + anchors[r]!.length}\n    prefix: ${sentence(4)}\n    suffix: ${sentence(4)}`,
      );
    }
  }
  spans.forEach((paragraphs, r) => {
    write(
      `reports/report-${r}.mdx`,
      `---\ntitle: Synthetic report ${r}\nkind: analysis\npublisher: Synthetic Institute ${r % 3}\npublished: "2025-0${1 + (r % 9)}"\nreuse: Synthetic text written for the benchmark.\nperspective: None.\nsummary: A synthetic report, ${sentence(20)}.\nentities: [entity-${orgs[r % orgs.length]}]\nreviewed: "2026-11-25"\n---\n\n${paragraphs.join('\n\n')}\n`,
    );
    files++;
  });
  anchors.forEach((items, r) => {
    write(
      `reports/reference-${r}.mdx`,
      `---\ntitle: Synthetic report by reference ${r}\nkind: analysis\npublisher: Synthetic Agency\npublished: "2024-1${r % 3}"\nurl: https://example.org/reference/${r}\ntext: reference\nperspective: None.\nsummary: A synthetic report annotated by reference.\nanchors:\n${items.join('\n')}\nreviewed: "2026-11-25"\n---\n\nOur notes on this synthetic report.\n`,
    );
    files++;
  });
  return { claims: n, files, sampleClaim: path.join(dir, 'claims', `claim-${Math.floor(n / 2)}.mdx`) };
}
