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
  Claim,
  ClaimRef,
  Corpus,
  Entity,
  EntityRef,
  LastChanged,
  Profile,
  Report,
  ReportRef,
  Source,
  SourceRef,
} from '../model/corpus';
import type { ClaimData, EntityData, ReportData, SourceData } from '../model/schema';
import { ASSESSMENT, type Assessment } from '../model/scales';
import { EDITORIAL_PAGES } from '../model/site';
import type { Entries, Entry } from './entries';

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

export function buildCorpus(entries: Entries, facts: Facts = NO_FACTS): Corpus {
  const base = <T>(type: CollectionType, e: Entry<T>) => ({ id: e.id, href: hrefOf(type, e.id), file: e.file, tree: e.tree, plainText: e.plainText, lastChanged: facts.lastChanged(e.file) });

  // References, built once from the entries and shared by every place that points at a document.
  const claimRef = new Map<string, ClaimRef>();
  for (const e of entries.claim.values()) claimRef.set(e.id, { id: e.id, href: hrefOf('claim', e.id), title: e.data.title, assessment: e.data.assessment, kind: e.data.kind });
  const sourceRef = new Map<string, SourceRef>();
  for (const e of entries.source.values()) {
    const d = e.data;
    sourceRef.set(e.id, { id: e.id, href: hrefOf('source', e.id), title: d.title, publisher: d.publisher, reliability: d.reliability, kind: d.kind, ...(d.published ? { published: d.published } : {}) });
  }
  const entityRef = new Map<string, EntityRef>();
  for (const e of entries.entity.values()) entityRef.set(e.id, { id: e.id, href: hrefOf('entity', e.id), name: e.data.name, kind: e.data.kind });
  const reportRef = new Map<string, ReportRef>();
  for (const e of entries.report.values()) reportRef.set(e.id, { id: e.id, href: hrefOf('report', e.id), title: e.data.title, ...(e.data.published ? { published: e.data.published } : {}) });
  const get = <T>(map: Map<string, T>, id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`unresolved reference "${id}" reached the linker`);
    return found;
  };

  // Reports newest first; claims in order of first appearance in them.
  const reportOrder = [...entries.report.values()].sort((a, b) => (b.data.published ?? '').localeCompare(a.data.published ?? '') || byTitle(a.data, b.data));
  const firstAppearance = new Map<string, number>();
  for (const r of reportOrder) for (const s of r.spans) if (!firstAppearance.has(s.claimId)) firstAppearance.set(s.claimId, firstAppearance.size);

  const claims: Claim[] = [...entries.claim.values()]
    .sort((a, b) => (firstAppearance.get(a.id) ?? Infinity) - (firstAppearance.get(b.id) ?? Infinity) || byTitle(a.data, b.data))
    .map((e) => claimOf(e));
  function claimOf(e: Entry<ClaimData>): Claim {
    const { evidence, related, entities, places, ...data } = e.data;
    return {
      ...base('claim', e),
      ...data,
      type: 'claim',
      evidence: evidence.map((ev) => ({ ...ev, source: get(sourceRef, ev.source) })),
      related: related.map((r) => ({ ...r, claim: get(claimRef, r.claim) })),
      entities: entities.map((id) => get(entityRef, id)),
      places: places.map((id) => get(entityRef, id)),
      relatedBy: [],
      appearsIn: [],
      history: facts.history(e.file),
    };
  }
  const claimById = new Map(claims.map((c) => [c.id, c]));
  for (const c of claims) for (const r of c.related) get(claimById, r.claim.id).relatedBy.push({ claim: get(claimRef, c.id), relation: r.relation });

  const reports: Report[] = reportOrder.map((e) => reportOf(e));
  function reportOf(e: Entry<ReportData>): Report {
    const { provenance, entities, ...data } = e.data;
    const distinct = [...new Set(e.spans.map((s) => s.claimId))];
    markSpans(e.tree, claimRef);
    return {
      ...base('report', e),
      ...data,
      type: 'report',
      provenance: provenance.map((p) => ({ ...p, source: get(sourceRef, p.source) })),
      entities: entities.map((id) => get(entityRef, id)),
      spans: e.spans.map((s) => ({ claimId: s.claimId, paragraph: s.paragraph, text: s.text })),
      claims: distinct.map((id) => get(claimRef, id)),
      profile: profileOf(distinct.map((id) => get(claimRef, id).assessment)),
      paragraphs: e.paragraphs,
    };
  }
  for (const r of reports) {
    const seen = new Set<string>();
    for (const s of r.spans) {
      if (seen.has(s.claimId)) continue;
      seen.add(s.claimId);
      get(claimById, s.claimId).appearsIn.push({ report: get(reportRef, r.id), span: s.text, paragraph: s.paragraph });
    }
  }

  const sources: Source[] = [...entries.source.values()].sort((a, b) => byTitle(a.data, b.data)).map((e) => sourceOf(e));
  function sourceOf(e: Entry<SourceData>): Source {
    return { ...base('source', e), ...e.data, type: 'source', citedBy: [], provenanceOf: [] };
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
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
  return { claims, sources, entities, reports, profile: profileOf(claims.map((c) => c.assessment)), pages };
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
        ];
        node.attributes = [...(node.attributes ?? []).filter((a) => !extra.some((x) => x.name === a.name)), ...extra];
      }
    }
    if (node.children) stack.push(...node.children);
  }
}
