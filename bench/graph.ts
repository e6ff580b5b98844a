/**
 * The local graph at scale: builds a linked synthetic corpus of `n` claims in memory (the search
 * benchmark's corpus, with evidence, reports, related claims and every backlink filled in, so a
 * common place is mentioned by thousands of claims), then times what each page's build does for
 * its graph: the neighbourhood from the document's own references, and both layouts.
 * `npm run bench:graph` prints the figures; the lead may fold it into `npm run bench`.
 */
import type { ClaimRef, Corpus, ReportRef, SourceRef } from '../lib/model/corpus';
import {
  claimNeighbourhood,
  entityNeighbourhood,
  layoutGraph,
  NARROW,
  type Neighbourhood,
  reportNeighbourhood,
  sourceNeighbourhood,
  WIDE,
} from '../lib/model/graph';
import { generateCorpus } from '../tests/helpers/search-corpus/corpus';

/** The search benchmark's corpus, linked: each claim cites 2–4 sources, one report in 200 makes 200 claims, one claim in 5 relates to another. */
export function linkedCorpus(n: number): Corpus {
  const { corpus } = generateCorpus(n);
  const { claims, sources, entities, reports } = corpus;
  const claimRef = (i: number): ClaimRef => {
    const c = claims[i]!;
    return { id: c.id, href: c.href, title: c.title, assessment: c.assessment, kind: c.kind, as_of: c.as_of };
  };
  const sourceRef = (j: number): SourceRef => {
    const s = sources[j]!;
    return {
      id: s.id,
      href: s.href,
      title: s.title,
      publisher: s.publisher,
      reliability: s.reliability,
      kind: s.kind,
      url: s.url,
    };
  };
  const reportRef = (k: number): ReportRef => ({
    id: reports[k]!.id,
    href: reports[k]!.href,
    title: reports[k]!.title,
    publisher: reports[k]!.publisher,
  });
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const stances = ['supports', 'supports', 'contradicts', 'context'] as const;
  claims.forEach((c, i) => {
    const cited = 2 + (i % 3);
    c.evidence = Array.from({ length: cited }, (_, k) => ({
      source: sourceRef((i * 7 + k * 131) % sources.length),
      stance: stances[(i + k) % 4]!,
      locator: 'p. 1',
      credibility: 2,
    }));
    for (const ev of c.evidence)
      sourceById
        .get(ev.source.id)!
        .citedBy.push({ claim: claimRef(i), stance: ev.stance, locator: ev.locator, credibility: ev.credibility });
    if (i % 5 === 0 && i > 0) {
      c.related.push({ claim: claimRef(i - 1), relation: 'supports' });
      claims[i - 1]!.relatedBy.push({ claim: claimRef(i), relation: 'supports' });
    }
    for (const e of [...c.entities, ...c.places]) entityById.get(e.id)!.mentionedIn.push(claimRef(i));
  });
  reports.forEach((r, k) => {
    for (let i = k * 200; i < Math.min(claims.length, (k + 1) * 200); i++) {
      r.claims.push(claimRef(i));
      claims[i]!.appearsIn.push({ report: reportRef(k), quote: '…', paragraph: 1 });
    }
  });
  return corpus;
}

export interface GraphBench {
  claims: number;
  pages: number;
  /** The largest neighbourhood before the cap (a place mentioned by thousands of claims). */
  largest: number;
  totalMs: number;
  p50: number;
  p95: number;
  max: number;
  /** Drawn nodes per page, on average (the SVG's size follows it). */
  meanNodes: number;
}

/** Times the graph of every page of a linked synthetic corpus of `n` claims. */
export function benchGraph(n: number): GraphBench {
  const corpus = linkedCorpus(n);
  const jobs: (() => Neighbourhood)[] = [
    ...corpus.claims.map((c) => () => claimNeighbourhood(c)),
    ...corpus.sources.map((s) => () => sourceNeighbourhood(s)),
    ...corpus.entities.map((e) => () => entityNeighbourhood(e)),
    ...corpus.reports.map((r) => () => reportNeighbourhood(r)),
  ];
  // Warm up, so the first pages do not pay for the JIT.
  for (const job of jobs.slice(0, 200)) layoutGraph(job(), WIDE);
  const times: number[] = [];
  let nodes = 0;
  let largest = 0;
  const t0 = performance.now();
  for (const job of jobs) {
    const s = performance.now();
    const hood = job();
    const wide = layoutGraph(hood, WIDE);
    layoutGraph(hood, NARROW);
    times.push(performance.now() - s);
    nodes += wide.nodes.length;
    largest = Math.max(
      largest,
      hood.groups.reduce((x, g) => x + g.total, 0),
    );
  }
  const totalMs = performance.now() - t0;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return {
    claims: n,
    pages: jobs.length,
    largest,
    totalMs,
    p50: q(0.5),
    p95: q(0.95),
    max: times[times.length - 1]!,
    meanNodes: nodes / jobs.length,
  };
}
