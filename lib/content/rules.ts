/**
 * Stage 5: rules across files. Every reference must resolve to a file of the right collection and
 * kind; places form a tree; claims are internally consistent; links in bodies reach real pages.
 * Weak-but-legal content gets warnings. Rules of evidence (verdict against evidence) live in
 * `evidence-rules.ts`.
 */
import { COLLECTIONS, type CollectionType, collectionOfFolder } from '../model/collections';
import { codePoint, lookAlikeLetters, plainForm, skeleton } from '../model/patterns';
import type { EntityData } from '../model/schema';
import { SITE_SECTIONS } from '../model/site';
import { createSuggester, suggestion } from './diagnostics';
import { at, type Entries, type Entry, type Existing, formatPath, type Reporter } from './entries';
import { EVIDENCE_RULES } from './evidence-rules';
import { ownSourcesByClaim, type SourceFacts } from './lineage';

export interface RuleContext {
  entries: Entries;
  existing: Existing;
  report: Reporter;
  displayRoot: string;
  /** YYYY-MM-DD that staleness is measured from. */
  today: string;
}

const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Checks a reference to `id` in `type`: true when it resolves; otherwise reports it (unless the file exists but is invalid). */
function resolves(ctx: RuleContext, from: Entry<unknown>, path: PropertyKey[], type: CollectionType, id: string, noun: string = type, rule = `ref/${type}`): boolean {
  if (ctx.entries[type].has(id)) return true;
  if (!ctx.existing[type].has(id)) ctx.report.error({ ...at(from, path), message: missing(ctx, type, id, noun), rule });
  return false;
}

/** One suggester per collection of a run: see createSuggester. */
const suggesters = new WeakMap<Map<string, unknown>, (value: string) => string>();

/** "no claim has the id "x" (no file content/claims/x.mdx). Did you mean …?" */
function missing(ctx: RuleContext, type: CollectionType, id: string, noun: string = type): string {
  const folder = COLLECTIONS[type].folder;
  const entries = ctx.entries[type] as Map<string, unknown>;
  let suggest = suggesters.get(entries);
  if (!suggest) suggesters.set(entries, (suggest = createSuggester(entries.keys())));
  return `no ${noun} has the id "${id}" (no file ${ctx.displayRoot}/${folder}/${id}.mdx).${suggest(id)}`;
}

/** A value listed twice would show twice on the page (and clash as a React key). */
export function duplicateRule(e: Entry<unknown>, report: Reporter, path: PropertyKey[], list: readonly string[]): void {
  const seen = new Set<string>();
  list.forEach((v, i) => {
    if (seen.has(v)) report.error({ ...at(e, [...path, i]), message: `"${v}" is listed twice in ${formatPath(path)}: keep one`, rule: 'ref/duplicate' });
    seen.add(v);
  });
}

/** Places form a tree: part_of points at a place, and never round in a loop. */
function entityRules(ctx: RuleContext): void {
  const { entity: entities } = ctx.entries;
  for (const e of entities.values()) {
    const d = e.data;
    if (d.kind !== 'place' && (d.place_type || d.part_of)) {
      const field = d.place_type ? 'place_type' : 'part_of';
      ctx.report.error({ ...at(e, [field]), message: `only places have ${field}; this entity is ${article(d.kind)}`, rule: 'entity/place-field' });
    }
    if (d.kind === 'place' && !d.place_type) ctx.report.error({ ...at(e, ['kind']), message: 'a place needs place_type: country, region, province, district, city or site', rule: 'entity/place-type' });
    if (!d.part_of || !resolves(ctx, e, ['part_of'], 'entity', d.part_of, 'entity', 'ref/part-of')) continue;
    const parent = entities.get(d.part_of)!;
    if (parent.data.kind !== 'place') {
      ctx.report.error({ ...at(e, ['part_of']), message: `"${d.part_of}" is ${article(parent.data.kind)}, not a place`, rule: 'ref/part-of' });
      continue;
    }
    const seen = new Set([e.id]);
    for (let cur: string | undefined = d.part_of; cur; cur = entities.get(cur)?.data.part_of) {
      if (seen.has(cur)) {
        ctx.report.error({ ...at(e, ['part_of']), message: `part_of makes a loop (${[...seen, cur].join(' → ')})`, rule: 'ref/part-of-cycle' });
        break;
      }
      seen.add(cur);
    }
  }
}

/** A claim's references resolve, and its kind, assessment and likelihood agree. */
function claimRules(ctx: RuleContext): void {
  const { claim: claims, source: sources, entity: entities } = ctx.entries;
  const { report } = ctx;
  for (const c of claims.values()) {
    const d = c.data;
    const opinionKind = d.kind === 'opinion' || d.kind === 'recommendation';
    if (opinionKind && d.assessment !== 'opinion') report.error({ ...at(c, ['assessment']), message: `a claim of kind ${d.kind} is not checkable: its assessment must be "opinion"`, rule: 'claim/opinion' });
    if (!opinionKind && d.assessment === 'opinion') report.error({ ...at(c, ['assessment']), message: `assessment "opinion" is only for kinds opinion and recommendation; this claim is kind ${d.kind}`, rule: 'claim/opinion' });
    if (!opinionKind && d.evidence.length === 0) {
      report.error({ ...at(c, ['evidence']), message: `${article(d.kind)} claim needs at least one piece of evidence (source, stance, locator, credibility); if it cannot be checked, mark it kind opinion`, rule: 'claim/no-evidence' });
    }
    if (typeof d.as_of === 'object' && d.as_of.from > d.as_of.to) report.error({ ...at(c, ['as_of', 'from']), message: `the range starts (${d.as_of.from}) after it ends (${d.as_of.to})`, rule: 'claim/as-of-range' });
    d.evidence.forEach((ev, i) => resolves(ctx, c, ['evidence', i, 'source'], 'source', ev.source));
    d.entities.forEach((id, i) => {
      if (resolves(ctx, c, ['entities', i], 'entity', id) && entities.get(id)!.data.kind === 'place') report.error({ ...at(c, ['entities', i]), message: `"${id}" is a place: list it under places`, rule: 'ref/entity-kind' });
    });
    d.places.forEach((id, i) => {
      if (!resolves(ctx, c, ['places', i], 'entity', id, 'place', 'ref/place')) return;
      const kind = entities.get(id)!.data.kind;
      if (kind !== 'place') report.error({ ...at(c, ['places', i]), message: `"${id}" is ${article(kind)}, not a place: list it under entities`, rule: 'ref/entity-kind' });
    });
    d.related.forEach((r, i) => {
      if (r.claim === c.id) report.error({ ...at(c, ['related', i, 'claim']), message: 'a claim cannot be related to itself', rule: 'ref/claim-self' });
      else resolves(ctx, c, ['related', i, 'claim'], 'claim', r.claim);
    });
    if (d.attributed_to?.report) resolves(ctx, c, ['attributed_to', 'report'], 'report', d.attributed_to.report);
    if (d.attributed_to?.entity) resolves(ctx, c, ['attributed_to', 'entity'], 'entity', d.attributed_to.entity);

    // Warnings: weak but legal.
    const weak = d.evidence.map((ev) => ev.credibility === 6 || ['E', 'F'].includes(sources.get(ev.source)?.data.reliability ?? ''));
    if (d.confidence === 'high' && weak.length > 0 && weak.every(Boolean)) {
      report.warn({ ...at(c, ['confidence']), message: 'high confidence, but every piece of evidence is from an unreliable (E), unjudged (F) source or cannot be judged (6): consider moderate or low', rule: 'weak/high-confidence' });
    }
  }
}

/** A fair quotation: anchors quote at most this many words of a report we do not republish. */
export const MAX_QUOTE_WORDS = 40;

/** A report's spans or anchors, provenance and entities resolve, and it holds its text in the form it says. */
function reportRules(ctx: RuleContext): void {
  for (const r of ctx.entries.report.values()) {
    const d = r.data;
    for (const s of r.spans) {
      if (!ctx.entries.claim.has(s.claimId) && !ctx.existing.claim.has(s.claimId)) {
        ctx.report.error({ file: r.file, line: s.line, col: s.col, field: 'body', message: `<Claim id="${s.claimId}">: ${missing(ctx, 'claim', s.claimId)}`, rule: 'ref/claim' });
      }
    }
    if (d.text === 'full') {
      if (!d.reuse) ctx.report.error({ ...at(r, ['text']), field: 'reuse', message: 'a report held as full text must say why we may show it: add reuse: with the licence or the publisher\'s reuse notice, or annotate it by reference (text: reference, with anchors)', rule: 'report/reuse' });
      if (d.anchors.length) ctx.report.error({ ...at(r, ['anchors']), message: 'anchors are for reports annotated by reference; a full-text report marks its claims with <Claim id="…"> in the text: set text: reference, or move the claims into the text', rule: 'report/anchors' });
      if (r.spans.length === 0) ctx.report.warn({ file: r.file, line: r.parsed.bodyLine, col: 1, field: 'body', message: 'the report marks no claims: wrap each claim in <Claim id="…">…</Claim>', rule: 'report/no-claims' });
    } else {
      if (!d.url) ctx.report.error({ ...at(r, ['text']), field: 'url', message: 'a report annotated by reference needs url: the address where readers can read the original', rule: 'report/url' });
      for (const s of r.spans) ctx.report.error({ file: r.file, line: s.line, col: s.col, field: 'body', message: 'a report annotated by reference does not hold its text: anchor the claim under anchors (claim, quote, locator, prefix, suffix) instead of marking it here', rule: 'report/anchors' });
      if (d.anchors.length === 0) ctx.report.warn({ ...at(r, ['text']), message: 'the report anchors no claims: add anchors (claim, quote, locator, prefix, suffix) for each claim it makes', rule: 'report/no-claims' });
      d.anchors.forEach((a, i) => {
        resolves(ctx, r, ['anchors', i, 'claim'], 'claim', a.claim);
        const words = a.quote.split(/\s+/).filter(Boolean).length;
        if (words > MAX_QUOTE_WORDS) ctx.report.error({ ...at(r, ['anchors', i, 'quote']), message: `the quotation has ${words} words; quote at most ${MAX_QUOTE_WORDS} (a fair quotation) and let the locator point to the rest`, rule: 'report/quote-length' });
      });
    }
    r.data.provenance.forEach((p, i) => resolves(ctx, r, ['provenance', i, 'source'], 'source', p.source));
    r.data.entities.forEach((id, i) => resolves(ctx, r, ['entities', i], 'entity', id));
  }
}

/** Sources say when they were published, or why they cannot; copy chains and origins resolve. */
function sourceRules(ctx: RuleContext): void {
  const { source: sources } = ctx.entries;
  for (const s of sources.values()) {
    const d = s.data;
    if (d.copy_of === s.id) ctx.report.error({ ...at(s, ['copy_of']), message: 'a source cannot be a copy of itself', rule: 'ref/copy-of' });
    else if (d.copy_of && resolves(ctx, s, ['copy_of'], 'source', d.copy_of, 'source', 'ref/copy-of')) {
      const chain = [s.id];
      for (let cur: string | undefined = d.copy_of; cur; cur = sources.get(cur)?.data.copy_of) {
        if (chain.includes(cur)) {
          ctx.report.error({ ...at(s, ['copy_of']), message: `copy_of makes a loop (${[...chain, cur].join(' → ')}): one source must be the original`, rule: 'ref/copy-of-cycle' });
          break;
        }
        chain.push(cur);
      }
    }
    d.origins.forEach((o, i) => {
      if (o.entity) resolves(ctx, s, ['origins', i, 'entity'], 'entity', o.entity);
    });
    // A missing date is fine when dating_note says why (a living web page, an undated copy) and what bounds it.
    if (!s.data.published && !s.data.dating_note) {
      ctx.report.warn({ ...at(s, []), field: 'published', message: 'the source has no publication date: add published (YYYY, YYYY-MM or YYYY-MM-DD), or, if none can be found, say in dating_note why and what is known', rule: 'source/no-date' });
    }
  }
}

function eachEntry(entries: Entries): Entry<{ reviewed?: string }>[] {
  return [...entries.claim.values(), ...entries.source.values(), ...entries.entity.values(), ...entries.report.values()] as Entry<{ reviewed?: string }>[];
}

/**
 * Superseded and withdrawn claims (Wikidata's ranks): a status comes with its reason and date; a
 * superseded claim names the claim that replaces it, which exists, stands (is not withdrawn) and
 * does not lead back round to it; a review date comes after the last review.
 */
function claimStatusRules(ctx: RuleContext): void {
  const { claim: claims } = ctx.entries;
  for (const c of claims.values()) {
    const d = c.data;
    if (d.review_by && d.review_by < d.reviewed) ctx.report.error({ ...at(c, ['review_by']), message: `review_by (${d.review_by}) is before the last review (${d.reviewed}): give a later date, or remove it to use the period of its kind`, rule: 'claim/review-by' });
    if (!d.status) {
      for (const field of ['superseded_by', 'status_reason', 'status_date'] as const) {
        if (d[field] !== undefined) ctx.report.error({ ...at(c, [field]), message: `${field} goes with status: superseded or withdrawn; add the status, or remove ${field}`, rule: 'claim/status' });
      }
      continue;
    }
    if (!d.status_reason) ctx.report.error({ ...at(c, ['status']), field: 'status_reason', message: `a ${d.status} claim says why: add status_reason: "…" (one line)`, rule: 'claim/status' });
    if (!d.status_date) ctx.report.error({ ...at(c, ['status']), field: 'status_date', message: `a ${d.status} claim says when: add status_date: YYYY-MM-DD`, rule: 'claim/status' });
    if (d.status === 'withdrawn') {
      if (d.superseded_by) ctx.report.error({ ...at(c, ['superseded_by']), message: 'a withdrawn claim has no replacement: use status: superseded to point to the claim that replaces it, or remove superseded_by', rule: 'claim/status' });
      continue;
    }
    if (!d.superseded_by) {
      ctx.report.error({ ...at(c, ['status']), field: 'superseded_by', message: 'a superseded claim names the claim that replaces it: add superseded_by: <claim id> (or use status: withdrawn if nothing replaces it)', rule: 'claim/status' });
      continue;
    }
    if (d.superseded_by === c.id) {
      ctx.report.error({ ...at(c, ['superseded_by']), message: 'a claim cannot be superseded by itself', rule: 'ref/claim-self' });
      continue;
    }
    if (!resolves(ctx, c, ['superseded_by'], 'claim', d.superseded_by, 'claim', 'ref/superseded-by')) continue;
    const target = claims.get(d.superseded_by)!;
    if (target.data.status === 'withdrawn') {
      ctx.report.error({ ...at(c, ['superseded_by']), message: `"${d.superseded_by}" is withdrawn: a claim can only be replaced by one that stands; point to the claim that replaces it, or mark this one withdrawn too`, rule: 'claim/superseded-by-withdrawn' });
      continue;
    }
    const chain = [c.id];
    for (let cur: string | undefined = d.superseded_by; cur; cur = claims.get(cur)?.data.superseded_by) {
      if (chain.includes(cur)) {
        ctx.report.error({ ...at(c, ['superseded_by']), message: `superseded_by makes a loop (${[...chain, cur].join(' → ')}): the last claim of a chain must be current`, rule: 'claim/superseded-cycle' });
        break;
      }
      chain.push(cur);
    }
  }
}

/** Reviews older than a year are flagged. */
function staleRules(ctx: RuleContext): void {
  for (const e of eachEntry(ctx.entries)) {
    const reviewed = e.data.reviewed;
    if (reviewed && daysBetween(reviewed, ctx.today) > 365) ctx.report.warn({ ...at(e, ['reviewed']), message: `last reviewed ${reviewed}, over a year ago: re-check it and update the date`, rule: 'stale/reviewed' });
  }
}

/** Internal links in every body must reach a page of this site. */
function linkRules(ctx: RuleContext): void {
  const sections = [...SITE_SECTIONS];
  for (const e of eachEntry(ctx.entries)) {
    for (const link of e.links) {
      const parts = link.url.split(/[?#]/)[0]!.split('/').filter(Boolean);
      const section = parts[0] ?? '';
      const type = collectionOfFolder(section);
      const fail = (why: string) => ctx.report.error({ file: e.file, line: link.line, col: link.col, field: 'body', message: `link "${link.url}" ${why}`, rule: 'ref/link' });
      if (section && !SITE_SECTIONS.has(section)) fail(`points to no page of this site.${suggestion(section, sections)}`);
      else if (type && parts[1] && !ctx.entries[type].has(parts[1]) && !ctx.existing[type].has(parts[1])) fail(`points to a missing page: ${missing(ctx, type, parts[1])}`);
      else if (parts.length > 2) fail('has too many path segments');
    }
  }
}

/** The rules of evidence (evidence-rules.ts) on every claim. */
function evidenceRules(ctx: RuleContext): void {
  const facts = new Map<string, SourceFacts>([...ctx.entries.source].map(([id, e]) => [id, e.data]));
  const own = ownSourcesByClaim(ctx.entries, facts);
  for (const c of ctx.entries.claim.values()) {
    const claim = { data: c.data, sources: facts, ownSources: own.get(c.id) ?? new Map<string, string>() };
    for (const rule of EVIDENCE_RULES) {
      for (const f of rule.check(claim)) {
        const d = { ...at(c, f.path), message: f.message, rule: rule.id };
        if (rule.severity === 'error') ctx.report.error(d);
        else ctx.report.warn(d);
      }
    }
  }
}

/**
 * An entity's name or alias that looks like another entity's name but is spelt with other
 * characters ("Іslamic State" with a Cyrillic "І" beside "Islamic State"): readers would take one
 * for the other. Names that differ only in case or accents, or not at all (a city and its province),
 * are not look-alikes. The one spelt with another script's letters is named; where neither is, the
 * later file.
 */
function lookAlikeRules(ctx: RuleContext): void {
  interface Name {
    entity: Entry<EntityData>;
    path: PropertyKey[];
    text: string;
    plain: string;
  }
  const bySkeleton = new Map<string, Name[]>();
  for (const e of [...ctx.entries.entity.values()].sort((a, b) => a.file.localeCompare(b.file))) {
    const names: [PropertyKey[], string][] = [[['name'], e.data.name], ...e.data.aliases.map((a, i): [PropertyKey[], string] => [['aliases', i], a])];
    for (const [path, text] of names) {
      const key = skeleton(text);
      if (!key) continue;
      const group = bySkeleton.get(key) ?? [];
      group.push({ entity: e, path, text, plain: plainForm(text) });
      bySkeleton.set(key, group);
    }
  }
  for (const group of bySkeleton.values()) {
    if (new Set(group.map((n) => n.entity.id)).size < 2) continue;
    const foreign = group.filter((n) => lookAlikeLetters(n.text).length);
    group.forEach((n, i) => {
      const other = group.find((o) => o.entity.id !== n.entity.id && o.plain !== n.plain);
      if (!other) return;
      const blamed = foreign.length ? foreign.includes(n) : i > group.indexOf(other);
      if (!blamed) return;
      const letters = lookAlikeLetters(n.text).map((c) => `"${c}" ${codePoint(c)}`);
      ctx.report.warn({
        ...at(n.entity, n.path),
        message: `"${n.text}" looks like "${other.text}", the ${formatPath(other.path) === 'name' ? 'name' : 'alias'} of ${other.entity.file}, but is spelt with other characters${letters.length ? ` (${letters.join(', ')}, from another script)` : ''}: if they are the same entity, keep one; if not, make the names tell them apart`,
        rule: 'entity/look-alike',
      });
    });
  }
}

export function crossFileRules(ctx: RuleContext): void {
  entityRules(ctx);
  lookAlikeRules(ctx);
  claimRules(ctx);
  claimStatusRules(ctx);
  evidenceRules(ctx);
  staleRules(ctx);
  sourceRules(ctx);
  reportRules(ctx);
  linkRules(ctx);
}
