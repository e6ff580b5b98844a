/**
 * Where a claim's support comes from. Two supporting items are independent only when they share
 * neither a copy chain (a syndication or mirror and the source it republishes) nor an origin (the
 * agency, official or report whose statement they relay). Supporting items are grouped into lines
 * of evidence accordingly; rules of evidence count lines, not items, and the claim page shows them.
 */
import type { Origin, SourceData } from '../model/schema';
import type { Entries } from './entries';

/** What lineage needs to know of a source. */
export type SourceFacts = Pick<SourceData, 'title' | 'publisher' | 'kind' | 'reliability' | 'copy_of' | 'origins'>;

export interface LineItem {
  /** Index of the item in the claim's evidence list. */
  index: number;
  source: string;
  credibility: number;
}

export interface Line {
  /** Indexes into the claim's evidence list, in list order. */
  items: number[];
  /** The original a copy chain folds into, when the line holds copies of one source. */
  original?: string;
  /** The shared origins that tie the line's items together. */
  origins: Origin[];
}

/** A normalised key for an origin: the same entity, or the same name however it is cased or spaced. */
export function originKey(origin: Origin): string {
  return origin.entity ? `entity:${origin.entity}` : `name:${(origin.name ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** The source a copy chain starts from (the source itself when it copies nothing we hold). Loops stop where they close. */
export function originalOf(id: string, sources: ReadonlyMap<string, SourceFacts>): string {
  const seen = new Set<string>();
  let current = id;
  while (!seen.has(current)) {
    seen.add(current);
    const next = sources.get(current)?.copy_of;
    if (!next || !sources.has(next)) break;
    current = next;
  }
  return current;
}

/**
 * Groups supporting items into independent lines of evidence (union–find over shared originals and
 * origins). `witnessed` names origins that do not tie items together: for a claim that someone said
 * something, outlets that each report the speaker's words are separate witnesses of the statement
 * itself, not relays of a claim about the world (copies of one report still count once).
 */
export function linesOf(items: readonly LineItem[], sources: ReadonlyMap<string, SourceFacts>, witnessed: ReadonlySet<string> = new Set()): Line[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstWith = new Map<string, number>();
  const join = (key: string, i: number) => {
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, i);
    else union(first, i);
  };
  items.forEach((item, i) => {
    join(`original:${originalOf(item.source, sources)}`, i);
    for (const origin of sources.get(item.source)?.origins ?? []) if (!witnessed.has(originKey(origin))) join(`origin:${originKey(origin)}`, i);
  });

  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()].map((members) => {
    const ids = members.map((m) => items[m]!.source);
    const originals = new Set(ids.map((id) => originalOf(id, sources)));
    // Origins that more than one source of the line names, or the one source's own.
    const distinct = new Set(ids).size;
    const counts = new Map<string, { origin: Origin; sources: Set<string> }>();
    for (const id of new Set(ids)) {
      for (const origin of sources.get(id)?.origins ?? []) {
        const key = originKey(origin);
        if (witnessed.has(key) && distinct > 1) continue;
        const entry = counts.get(key) ?? { origin, sources: new Set<string>() };
        entry.sources.add(id);
        counts.set(key, entry);
      }
    }
    const shared = [...counts.values()].filter((c) => distinct === 1 || c.sources.size > 1).map((c) => c.origin);
    const original = originals.size === 1 && distinct > 1 ? [...originals][0] : undefined;
    return { items: members.map((m) => items[m]!.index), ...(original ? { original } : {}), origins: shared };
  });
}

/** Provenance relations that make a source the report itself, or the same text as it. */
const OWN = { 'published-at': 'the report itself', copies: 'a text the report copies', 'repeated-by': 'a text that repeats the report' } as const;

/**
 * For each claim, the sources that are (a copy of) a report it appears in, or of a text that
 * report copies or is repeated by: they cannot support it.
 */
export function ownSourcesByClaim(entries: Entries, facts: ReadonlyMap<string, SourceFacts>): Map<string, Map<string, string>> {
  const byOriginal = new Map<string, string[]>();
  for (const id of facts.keys()) {
    const original = originalOf(id, facts);
    byOriginal.set(original, [...(byOriginal.get(original) ?? []), id]);
  }
  const out = new Map<string, Map<string, string>>();
  for (const r of entries.report.values()) {
    const own = new Map<string, string>();
    for (const p of r.data.provenance) {
      if (!(p.relation in OWN) || !facts.has(p.source)) continue;
      const why = `${OWN[p.relation as keyof typeof OWN]} (provenance of report "${r.id}")`;
      // The source, and everything in its copy chain.
      for (const id of byOriginal.get(originalOf(p.source, facts)) ?? []) if (!own.has(id)) own.set(id, id === p.source ? why : `a copy of ${p.source}, ${why}`);
    }
    // Whatever relays the same origin as the report itself (its author's other work on the same
    // interviews, the agency it speaks for) is not independent of it either.
    const reportOrigins = new Set(
      r.data.provenance.filter((p) => p.relation === 'published-at').flatMap((p) => (facts.get(p.source)?.origins ?? []).map(originKey)),
    );
    if (reportOrigins.size) {
      for (const [id, source] of facts) {
        const shared = source.origins.find((o) => reportOrigins.has(originKey(o)));
        if (shared && !own.has(id)) own.set(id, `relaying ${shared.entity ?? shared.name}, the same origin as report "${r.id}"`);
      }
    }
    const claims = new Set([...r.spans.map((s) => s.claimId), ...r.data.anchors.map((a) => a.claim)]);
    for (const claim of claims) {
      const merged = out.get(claim) ?? new Map<string, string>();
      for (const [id, why] of own) if (!merged.has(id)) merged.set(id, why);
      out.set(claim, merged);
    }
  }
  return out;
}

