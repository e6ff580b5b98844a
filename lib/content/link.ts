/**
 * Stage 6: builds the linked corpus from valid entries. Every reference becomes a named reference
 * shape (ClaimRef, SourceRef, EntityRef, ReportRef), every backlink is derived, and derived
 * figures (sourcing profiles) are counted, all once, here. Assumes every reference resolves: the
 * rules stage has checked that, and nothing is linked when it found an error.
 */
import { type CollectionType, hrefOf } from '../model/collections';
import type {
  AssessmentHistory,
  BodyNode,
  Appearance,
  Claim,
  ClaimRef,
  Corpus,
  Entity,
  EntityRef,
  LastChanged,
  OriginRef,
  Profile,
  Comparison,
  Report,
  ReportRef,
  Source,
  SourceRef,
} from '../model/corpus';
import type { ClaimData, EntityData, Origin, ReportData, SourceData } from '../model/schema';
import { ASSESSMENT, type Assessment } from '../model/scales';
import { currentFirst, isCurrent, isDue, reviewByOf } from '../model/claim-status';
import { EDITORIAL_PAGES } from '../model/site';
import type { Entries, Entry } from './entries';
import { supportLines } from './evidence-rules';
import { ownSourcesByClaim, type SourceFacts } from './lineage';
import type { ReuseResult } from './reuse-rules';

/** What git knows about files; the build passes the repository's, tests and validation none. */
export interface Facts {
  lastChanged(file: string): LastChanged | null;
  history(file: string): AssessmentHistory;
}

export const NO_FACTS: Facts = { lastChanged: () => null, history: () => ({ changes: [], complete: false }) };

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

export function emptyProfile(): Profile {
  return Object.fromEntries(ASSESSMENT.ids.map((a) => [a, 0])) as Profile;
}

function profileOf(assessments: Iterable<Assessment>): Profile {
  const profile = emptyProfile();
  for (const a of assessments) profile[a]++;
  return profile;
}

/** What a build is measured against: the day staleness is computed for (YYYY-MM-DD) and the commit, if any. */
export interface LinkOptions {
  today?: string;
  commit?: string | null;
}

export function buildCorpus(entries: Entries, facts: Facts = NO_FACTS, reuse: ReuseResult = { found: [], declared: { copies: new Set(), related: new Set() } }, options: LinkOptions = {}): Corpus {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const base = <T>(type: CollectionType, e: Entry<T>) => ({ id: e.id, href: hrefOf(type, e.id), file: e.file, tree: e.tree, plainText: e.plainText, lastChanged: facts.lastChanged(e.file) });

  // Who holds each opinion: the report's publisher, or the entity's name.
  const holderOf = (e: Entry<ClaimData>): string | undefined => {
    const by = e.data.attributed_to;
    if (by?.report) return entries.report.get(by.report)?.data.publisher;
    if (by?.entity) return entries.entity.get(by.entity)?.data.name;
    return undefined;
  };
  /** An opinion or recommendation is never shown in the site's own voice: its title carries its holder. */
  const displayTitle = (e: Entry<ClaimData>): string => {
    const holder = holderOf(e);
    return holder && !e.data.title.startsWith(`${holder}:`) ? `${holder}: ${e.data.title}` : e.data.title;
  };

  // References, built once from the entries and shared by every place that points at a document.
  const claimRef = new Map<string, ClaimRef>();
  for (const e of entries.claim.values()) {
    claimRef.set(e.id, { id: e.id, href: hrefOf('claim', e.id), title: displayTitle(e), assessment: e.data.assessment, kind: e.data.kind, as_of: e.data.as_of, ...(e.data.status ? { status: e.data.status } : {}) });
  }
  const sourceRef = new Map<string, SourceRef>();
  for (const e of entries.source.values()) {
    const d = e.data;
    sourceRef.set(e.id, { id: e.id, href: hrefOf('source', e.id), title: d.title, publisher: d.publisher, reliability: d.reliability, kind: d.kind, ...(d.published ? { published: d.published } : {}), url: d.url });
  }
  const entityRef = new Map<string, EntityRef>();
  for (const e of entries.entity.values()) entityRef.set(e.id, { id: e.id, href: hrefOf('entity', e.id), name: e.data.name, kind: e.data.kind });
  const reportRef = new Map<string, ReportRef>();
  for (const e of entries.report.values()) reportRef.set(e.id, { id: e.id, href: hrefOf('report', e.id), title: e.data.title, publisher: e.data.publisher, ...(e.data.published ? { published: e.data.published } : {}), ...(e.data.url ? { url: e.data.url } : {}) });
  const get = <T>(map: Map<string, T>, id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`unresolved reference "${id}" reached the linker`);
    return found;
  };

  const originRef = (o: Origin): OriginRef => {
    const entity = o.entity ? get(entityRef, o.entity) : undefined;
    return { name: entity?.name ?? o.name ?? '', ...(entity ? { entity } : {}), ...(o.date ? { date: o.date } : {}) };
  };

  // Reports newest first; claims in order of first appearance in them.
  const reportOrder = [...entries.report.values()].sort((a, b) => (b.data.published ?? '').localeCompare(a.data.published ?? '') || byTitle(a.data, b.data));
  /** The claims a report makes, in document order: its marked spans, or its anchors. */
  const claimIdsOf = (r: Entry<ReportData>) => (r.data.text === 'reference' ? r.data.anchors.map((a) => a.claim) : r.spans.map((s) => s.claimId));
  const firstAppearance = new Map<string, number>();
  for (const r of reportOrder) for (const id of claimIdsOf(r)) if (!firstAppearance.has(id)) firstAppearance.set(id, firstAppearance.size);

  const sourceFacts = new Map<string, SourceFacts>([...entries.source].map(([id, e]) => [id, e.data]));
  const ownSources = ownSourcesByClaim(entries, sourceFacts);

  // Current claims first; superseded and withdrawn ones after them (in every list built from this one).
  const claims: Claim[] = currentFirst(
    [...entries.claim.values()]
      .sort((a, b) => (firstAppearance.get(a.id) ?? Infinity) - (firstAppearance.get(b.id) ?? Infinity) || byTitle(a.data, b.data))
      .map((e) => ({ status: e.data.status, e })),
  ).map(({ e }) => claimOf(e));
  function claimOf(e: Entry<ClaimData>): Claim {
    const { evidence, related, entities, places, attributed_to, superseded_by, ...data } = e.data;
    const review = reviewByOf(e.data);
    const own = ownSources.get(e.id) ?? new Map<string, string>();
    const holder = holderOf(e);
    return {
      ...base('claim', e),
      ...data,
      type: 'claim',
      displayTitle: displayTitle(e),
      ...(attributed_to && holder
        ? { attributed_to: { name: holder, ...(attributed_to.report ? { report: get(reportRef, attributed_to.report) } : {}), ...(attributed_to.entity ? { entity: get(entityRef, attributed_to.entity) } : {}) } }
        : {}),
      evidence: evidence.map((ev) => ({ ...ev, source: get(sourceRef, ev.source) })),
      lines: supportLines({ data: e.data, sources: sourceFacts, ownSources: own }).map((line) => ({
        items: line.items,
        ...(line.original ? { original: get(sourceRef, line.original) } : {}),
        origins: line.origins.map(originRef),
      })),
      ownSources: Object.fromEntries(evidence.flatMap((ev, i) => (own.has(ev.source) ? [[i, own.get(ev.source)!]] : []))),
      related: related.map((r) => ({ ...r, claim: get(claimRef, r.claim) })),
      entities: entities.map((id) => get(entityRef, id)),
      places: places.map((id) => get(entityRef, id)),
      relatedBy: [],
      appearsIn: [],
      history: facts.history(e.file),
      ...(superseded_by ? { superseded_by: get(claimRef, superseded_by) } : {}),
      supersedes: [],
      reviewBy: review.date,
      reviewByDefault: review.byDefault,
      dueForReview: isCurrent(e.data) && isDue(review.date, today),
    };
  }
  const claimById = new Map(claims.map((c) => [c.id, c]));
  for (const c of claims) for (const r of c.related) get(claimById, r.claim.id).relatedBy.push({ claim: get(claimRef, c.id), relation: r.relation });
  // Replacements: backlinks, and the current claim at the end of each chain (the rules stage has ruled out loops).
  for (const c of claims) if (c.superseded_by) get(claimById, c.superseded_by.id).supersedes.push(get(claimRef, c.id));
  for (const c of claims) {
    let last = c.superseded_by;
    for (let hops = 0; last && hops < claims.length; hops++) {
      const next = get(claimById, last.id).superseded_by;
      if (!next) break;
      last = next;
    }
    if (last && c.superseded_by && last.id !== c.superseded_by.id) c.currentVersion = last;
  }

  const reports: Report[] = reportOrder.map((e) => reportOf(e));
  function reportOf(e: Entry<ReportData>): Report {
    const { provenance, entities, anchors, ...data } = e.data;
    const distinct = currentFirst([...new Set(claimIdsOf(e))].map((id) => get(claimRef, id)));
    const counted = distinct.filter(isCurrent);
    markSpans(e.tree, claimRef);
    return {
      ...base('report', e),
      ...data,
      type: 'report',
      provenance: provenance.map((p) => ({ ...p, source: get(sourceRef, p.source) })),
      anchors: anchors.map((a) => ({ ...a, claim: get(claimRef, a.claim) })),
      entities: entities.map((id) => get(entityRef, id)),
      spans: e.spans.map((s) => ({ claimId: s.claimId, paragraph: s.paragraph, text: s.text })),
      claims: distinct,
      profile: profileOf(counted.map((c) => c.assessment)),
      notCounted: distinct.length - counted.length,
      paragraphs: e.paragraphs.length,
      comparisons: [],
      reused: reuse.found
        .filter((f) => f.report === e.id)
        .map((f) => ({
          label: f.passage.label,
          ...(f.passage.paragraph ? { paragraph: f.passage.paragraph } : {}),
          text: f.passage.text,
          runs: f.runs,
          words: f.words,
          shared: f.shared,
          other: get(reportRef, f.other),
          otherPassages: f.otherPassages,
          direction: reuse.declared.copies.has(`${e.id}→${f.other}`) ? ('copies' as const) : reuse.declared.copies.has(`${f.other}→${e.id}`) ? ('copied-by' as const) : ('shares' as const),
        })),
    };
  }
  for (const r of reports) {
    const appearances: [string, Omit<Appearance, 'report'>][] =
      r.text === 'reference'
        ? r.anchors.map((a) => [a.claim.id, { quote: a.quote, locator: a.locator, ...(a.prefix ? { prefix: a.prefix } : {}), ...(a.suffix ? { suffix: a.suffix } : {}) }])
        : r.spans.map((s) => [s.claimId, { quote: s.text, paragraph: s.paragraph }]);
    const seen = new Set<string>();
    for (const [id, appearance] of appearances) {
      if (seen.has(id)) continue;
      seen.add(id);
      get(claimById, id).appearsIn.push({ report: get(reportRef, r.id), ...appearance });
    }
  }
  // Earliest report first (undated ones last), so the first appearance is where the claim was first seen.
  for (const c of claims) c.appearsIn.sort((x, y) => (x.report.published ?? '\uffff').localeCompare(y.report.published ?? '\uffff') || x.report.title.localeCompare(y.report.title));

  const sources: Source[] = [...entries.source.values()].sort((a, b) => byTitle(a.data, b.data)).map((e) => sourceOf(e));
  function sourceOf(e: Entry<SourceData>): Source {
    const { copy_of, origins, ...data } = e.data;
    return { ...base('source', e), ...data, ...(copy_of ? { copy_of: get(sourceRef, copy_of) } : {}), copies: [], origins: origins.map(originRef), type: 'source', citedBy: [], provenanceOf: [] };
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const s of sources) if (s.copy_of) get(sourceById, s.copy_of.id).copies.push(get(sourceRef, s.id));
  for (const c of claims) {
    for (const ev of c.evidence) get(sourceById, ev.source.id).citedBy.push({ claim: get(claimRef, c.id), stance: ev.stance, locator: ev.locator, credibility: ev.credibility });
  }
  for (const r of reports) for (const p of r.provenance) get(sourceById, p.source.id).provenanceOf.push({ report: get(reportRef, r.id), relation: p.relation });

  const entities: Entity[] = [...entries.entity.values()].sort((a, b) => a.data.name.localeCompare(b.data.name)).map((e) => entityOf(e));
  function entityOf(e: Entry<EntityData>): Entity {
    const { part_of, ...data } = e.data;
    return { ...base('entity', e), ...data, ...(part_of ? { part_of: get(entityRef, part_of) } : {}), type: 'entity', ancestors: [], children: [], mentionedIn: [], reports: [] };
  }
  const entityById = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    const seen = new Set([e.id]);
    for (let cur = e.part_of; cur && !seen.has(cur.id); cur = entityById.get(cur.id)?.part_of) {
      seen.add(cur.id);
      e.ancestors.push(cur);
    }
    if (e.part_of) get(entityById, e.part_of.id).children.push(get(entityRef, e.id));
  }
  for (const c of claims) {
    for (const id of new Set([...c.entities, ...c.places].map((x) => x.id))) get(entityById, id).mentionedIn.push(get(claimRef, c.id));
  }
  for (const r of reports) {
    const ids = new Set(r.entities.map((x) => x.id));
    for (const rc of r.claims) for (const x of [...get(claimById, rc.id).entities, ...get(claimById, rc.id).places]) ids.add(x.id);
    for (const id of ids) get(entityById, id).reports.push(get(reportRef, r.id));
  }

  const pages = Object.fromEntries(Object.entries(EDITORIAL_PAGES).map(([name, file]) => [name, facts.lastChanged(file)])) as Corpus['pages'];
  const comparisons = boundComparisons(compareReports(reports, claimById, get));
  for (const r of reports) {
    r.comparisons = comparisons.filter((c) => c.a.id === r.id || c.b.id === r.id).map((c) => {
      const mine = c.a.id === r.id;
      return { report: mine ? c.b : c.a, href: c.href, shared: c.both.length, conflicts: c.conflicts.map((x) => ({ claim: mine ? x.a : x.b, by: mine ? x.b : x.a })) };
    });
  }
  const dueForReview = claims
    .filter((c) => c.dueForReview)
    .map((c) => ({ claim: get(claimRef, c.id), reviewBy: c.reviewBy, reviewed: c.reviewed }))
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.claim.title.localeCompare(b.claim.title));
  return {
    claims,
    sources,
    entities,
    reports,
    profile: profileOf(claims.filter(isCurrent).map((c) => c.assessment)),
    pages,
    comparisons,
    dueForReview,
    build: { date: today, commit: options.commit ?? null },
  };
}

/**
 * Gives each `<Claim>` span of a report what it shows: the claim's page, its assessment and its
 * title, so that rendering needs nothing but the tree.
 */
function markSpans(tree: BodyNode, claims: Map<string, ClaimRef>): void {
  const stack: BodyNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'mdxJsxTextElement' && node.name === 'Claim') {
      const id = node.attributes?.find((a) => a.name === 'id')?.value;
      const claim = id ? claims.get(id) : undefined;
      if (claim) {
        const extra = [
          { type: 'mdxJsxAttribute', name: 'href', value: claim.href },
          { type: 'mdxJsxAttribute', name: 'assessment', value: claim.assessment },
          { type: 'mdxJsxAttribute', name: 'claimTitle', value: claim.title },
          ...(claim.status ? [{ type: 'mdxJsxAttribute', name: 'status', value: claim.status }] : []),
        ];
        node.attributes = [...(node.attributes ?? []).filter((a) => !extra.some((x) => x.name === a.name)), ...extra];
      }
    }
    if (node.children) stack.push(...node.children);
  }
}

/** The comparison page of two reports: `/reports/<a>/vs/<b>/`, with `a` before `b` by id. */
export function comparisonHref(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `${hrefOf('report', x)}vs/${y}/`;
}

/**
 * Each report is compared with the reports it shares most claims with, at most this many: every
 * pair sharing a claim is a page, so N reports that all mark one claim would otherwise make N²/2
 * pages. A pair is kept when it is among the closest of either report.
 */
export const MAX_COMPARISONS_PER_REPORT = 10;

function boundComparisons(all: Comparison[]): Comparison[] {
  const closest = new Map<string, Comparison[]>();
  for (const c of all) {
    for (const id of [c.a.id, c.b.id]) {
      const list = closest.get(id) ?? [];
      list.push(c);
      closest.set(id, list);
    }
  }
  const kept = new Set<Comparison>();
  for (const list of closest.values()) {
    list.sort((x, y) => y.both.length - x.both.length || (x.href < y.href ? -1 : 1));
    for (const c of list.slice(0, MAX_COMPARISONS_PER_REPORT)) kept.add(c);
  }
  return all.filter((c) => kept.has(c));
}

/**
 * Every pair of reports that share a claim: what both say, what only one says, and where a claim
 * of one contradicts (or is related to) a claim of the other.
 */
function compareReports(reports: Report[], claims: Map<string, Claim>, get: <T>(map: Map<string, T>, id: string) => T): Comparison[] {
  const out: Comparison[] = [];
  const ref = (r: Report): ReportRef => ({ id: r.id, href: r.href, title: r.title, publisher: r.publisher, ...(r.published ? { published: r.published } : {}), ...(r.url ? { url: r.url } : {}) });
  const sorted = [...reports].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      const inA = new Set(a.claims.map((c) => c.id));
      const inB = new Set(b.claims.map((c) => c.id));
      const both = a.claims.filter((c) => inB.has(c.id));
      if (!both.length) continue;
      const pairs: Comparison['conflicts'] = [];
      const related: Comparison['related'] = [];
      for (const ca of a.claims) {
        if (inB.has(ca.id)) continue;
        for (const r of get(claims, ca.id).related) {
          if (!inB.has(r.claim.id) || inA.has(r.claim.id)) continue;
          (r.relation === 'contradicts' ? pairs : related).push({ a: ca, b: r.claim, relation: r.relation });
        }
        for (const r of get(claims, ca.id).relatedBy) {
          if (!inB.has(r.claim.id) || inA.has(r.claim.id)) continue;
          (r.relation === 'contradicts' ? pairs : related).push({ a: ca, b: r.claim, relation: r.relation });
        }
      }
      out.push({
        a: ref(a),
        b: ref(b),
        href: comparisonHref(a.id, b.id),
        both,
        onlyA: a.claims.filter((c) => !inB.has(c.id)),
        onlyB: b.claims.filter((c) => !inA.has(c.id)),
        conflicts: pairs,
        related,
      });
    }
  }
  return out;
}
