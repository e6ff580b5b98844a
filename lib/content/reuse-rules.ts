/**
 * Stage 5b: what the reuse detector (reuse.ts) finds, against what the reports declare. A report
 * whose passages reproduce another's must say so in its provenance (copies, repeated-by or
 * possible-source), and a declared copy should be visible in the text we hold.
 */
import type { Provenance } from '../model/schema';
import { at, type Entries, type Reporter } from './entries';
import { originalOf, type SourceFacts } from './lineage';
import { detectReuse, passagesOf, type Reuse } from './reuse';

const TEXT_RELATIONS = new Set<Provenance['relation']>(['copies', 'repeated-by', 'possible-source']);

/** Which report copies which, as declared: `copies` one way, `repeated-by` the other. */
export interface Declared {
  /** Report pairs `a→b` meaning a reproduces b (by its own provenance or b's). */
  copies: Set<string>;
  /** Unordered pairs with any declared textual relation. */
  related: Set<string>;
}

const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function declaredReuse(entries: Entries, facts: ReadonlyMap<string, SourceFacts>): Declared {
  // A report's own sources, by their original: what another report's provenance would name.
  const reportOf = new Map<string, string>();
  for (const r of entries.report.values()) {
    for (const p of r.data.provenance) if (p.relation === 'published-at' && facts.has(p.source)) reportOf.set(originalOf(p.source, facts), r.id);
  }
  const declared: Declared = { copies: new Set(), related: new Set() };
  for (const r of entries.report.values()) {
    for (const p of r.data.provenance) {
      if (!TEXT_RELATIONS.has(p.relation) || !facts.has(p.source)) continue;
      const other = reportOf.get(originalOf(p.source, facts));
      if (!other || other === r.id) continue;
      declared.related.add(pair(r.id, other));
      if (p.relation === 'copies') declared.copies.add(`${r.id}→${other}`);
      if (p.relation === 'repeated-by') declared.copies.add(`${other}→${r.id}`);
    }
  }
  return declared;
}

export interface ReuseResult {
  found: Reuse[];
  declared: Declared;
}

export function reuseRules(entries: Entries, facts: ReadonlyMap<string, SourceFacts>, report: Reporter): ReuseResult {
  const reports = [...entries.report.values()];
  const found = detectReuse(reports.map((r) => ({ id: r.id, passages: passagesOf(r.data, r.paragraphs) })));
  const declared = declaredReuse(entries, facts);

  // Found but not declared: said once, on the pair's later report (or the first by id when the order is unknown).
  const pairs = new Map<string, Reuse[]>();
  for (const f of found) pairs.set(pair(f.report, f.other), [...(pairs.get(pair(f.report, f.other)) ?? []), f]);
  for (const [key, list] of pairs) {
    if (declared.related.has(key)) continue;
    const [a, b] = key.split('|') as [string, string];
    const da = entries.report.get(a)!.data.published;
    const db = entries.report.get(b)!.data.published;
    const later = da && db && db > da ? b : a;
    const other = later === a ? b : a;
    const mine = list.filter((f) => f.report === later);
    const words = mine.reduce((n, f) => n + f.words, 0);
    const shared = mine.reduce((n, f) => n + f.shared, 0);
    const e = entries.report.get(later)!;
    report.warn({
      ...at(e, ['provenance']),
      message: `${mine.map((f) => f.passage.label).join(', ')} share${mine.length === 1 ? 's' : ''} ${Math.round((100 * shared) / Math.max(1, words))} % of their words with report "${other}" in runs of 8+ words, but neither report's provenance says so: add a provenance entry (copies, repeated-by or possible-source) naming the other's source`,
      rule: 'reuse/undeclared',
    });
  }

  // Declared but not found in the text we hold.
  for (const r of reports) {
    r.data.provenance.forEach((p, i) => {
      if (p.relation !== 'copies' || !facts.has(p.source)) return;
      const other = [...entries.report.values()].find((x) => x.id !== r.id && x.data.provenance.some((q) => q.relation === 'published-at' && facts.has(q.source) && originalOf(q.source, facts) === originalOf(p.source, facts)));
      if (!other || found.some((f) => pair(f.report, f.other) === pair(r.id, other.id))) return;
      report.warn({
        ...at(r, ['provenance', i, 'relation']),
        message: `the provenance says this report copies ${p.source} (report "${other.id}"), but no passage we hold shares runs of 8+ words with it: check the relation, or use possible-source`,
        rule: 'reuse/not-found',
      });
    });
  }
  return { found, declared };
}
