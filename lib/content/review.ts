/**
 * What a change does to the knowledge base, in its own terms: for a reviewer, before the diff.
 * Compares two validated corpora (and their warnings): claims re-assessed, evidence added or
 * removed, sources added with their reliability, warnings introduced.
 */
import type { Claim, Corpus, Source } from '../model/corpus';
import { ASSESSMENT, CONFIDENCE, LIKELIHOOD } from '../model/scales';
import { type Diagnostic, printable } from './diagnostics';

export interface Change {
  /** What the line is about, e.g. a claim's id. */
  subject: string;
  text: string;
}

export interface Review {
  reassessed: Change[];
  claimsAdded: Change[];
  claimsRemoved: Change[];
  claimsEdited: Change[];
  evidence: Change[];
  sourcesAdded: Change[];
  sourcesRemoved: Change[];
  sourcesChanged: Change[];
  otherAdded: Change[];
  otherRemoved: Change[];
  warningsAdded: Change[];
  errors: Change[];
}

const label = {
  assessment: (v: string) => ASSESSMENT.values.find((x) => x.value === v)?.label ?? v,
  likelihood: (v: string | undefined) => (v ? (LIKELIHOOD.values.find((x) => x.value === v)?.label ?? v) : 'none'),
  confidence: (v: string) => CONFIDENCE.values.find((x) => x.value === v)?.label ?? v,
};

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
const evidenceKey = (ev: Claim['evidence'][number]) => `${ev.source.id}|${ev.stance}|${ev.locator}`;
/** A warning, without its position: moving a line should not make it new. */
const warningKey = (d: Diagnostic) => `${d.file}|${d.field}|${d.rule}|${d.message}`;

export function reviewChange(before: Corpus, after: Corpus, beforeDiagnostics: readonly Diagnostic[] = [], afterDiagnostics: readonly Diagnostic[] = []): Review {
  const review: Review = { reassessed: [], claimsAdded: [], claimsRemoved: [], claimsEdited: [], evidence: [], sourcesAdded: [], sourcesRemoved: [], sourcesChanged: [], otherAdded: [], otherRemoved: [], warningsAdded: [], errors: [] };
  const oldClaims = byId(before.claims);
  const newClaims = byId(after.claims);
  for (const c of after.claims) {
    const old = oldClaims.get(c.id);
    if (!old) {
      review.claimsAdded.push({ subject: c.id, text: `${c.displayTitle}: ${label.assessment(c.assessment)}, ${label.likelihood(c.likelihood).toLowerCase()}, ${label.confidence(c.confidence).toLowerCase()}, ${c.evidence.length} evidence item${c.evidence.length === 1 ? '' : 's'}` });
      continue;
    }
    const moves: string[] = [];
    if (old.assessment !== c.assessment) moves.push(`assessment ${label.assessment(old.assessment)} → ${label.assessment(c.assessment)}`);
    if (old.likelihood !== c.likelihood) moves.push(`likelihood ${label.likelihood(old.likelihood)} → ${label.likelihood(c.likelihood)}`);
    if (old.confidence !== c.confidence) moves.push(`confidence ${label.confidence(old.confidence)} → ${label.confidence(c.confidence)}`);
    if (moves.length) review.reassessed.push({ subject: c.id, text: `${c.displayTitle}: ${moves.join('; ')}` });
    const edits = (['title', 'statement', 'rationale'] as const).filter((k) => old[k] !== c[k]);
    if (edits.length) review.claimsEdited.push({ subject: c.id, text: `${c.displayTitle}: ${edits.join(', ')} reworded` });
    const oldEv = new Map(old.evidence.map((ev) => [evidenceKey(ev), ev]));
    const newEv = new Map(c.evidence.map((ev) => [evidenceKey(ev), ev]));
    for (const [key, ev] of newEv) if (!oldEv.has(key)) review.evidence.push({ subject: c.id, text: `+ ${ev.stance} ${ev.source.id} (${ev.source.publisher}, reliability ${ev.source.reliability}, credibility ${ev.credibility}) at ${ev.locator}` });
    for (const [key, ev] of oldEv) if (!newEv.has(key)) review.evidence.push({ subject: c.id, text: `− ${ev.stance} ${ev.source.id} (${ev.source.publisher}) at ${ev.locator}` });
    for (const [key, ev] of newEv) {
      const was = oldEv.get(key);
      if (was && was.credibility !== ev.credibility) review.evidence.push({ subject: c.id, text: `~ ${ev.source.id}: credibility ${was.credibility} → ${ev.credibility}` });
    }
    if (old.lines.length !== c.lines.length) review.evidence.push({ subject: c.id, text: `independent lines of evidence ${old.lines.length} → ${c.lines.length}` });
  }
  for (const c of before.claims) if (!newClaims.has(c.id)) review.claimsRemoved.push({ subject: c.id, text: `${c.displayTitle} (was ${label.assessment(c.assessment)})` });

  const oldSources = byId(before.sources);
  const newSources = byId(after.sources);
  const sourceLine = (s: Source) => `${s.title} (${s.publisher}, ${s.kind}, reliability ${s.reliability}${s.copy_of ? `, a copy of ${s.copy_of.id}` : ''}${s.origins.length ? `, relays ${s.origins.map((o) => o.name).join('; ')}` : ''})`;
  for (const s of after.sources) {
    const old = oldSources.get(s.id);
    if (!old) review.sourcesAdded.push({ subject: s.id, text: sourceLine(s) });
    else if (old.reliability !== s.reliability) review.sourcesChanged.push({ subject: s.id, text: `reliability ${old.reliability} → ${s.reliability}` });
  }
  for (const s of before.sources) if (!newSources.has(s.id)) review.sourcesRemoved.push({ subject: s.id, text: s.title });

  for (const [kind, a, b] of [
    ['entity', before.entities, after.entities],
    ['report', before.reports, after.reports],
  ] as const) {
    const olds = byId<{ id: string }>(a);
    const news = byId<{ id: string }>(b);
    for (const x of b) if (!olds.has(x.id)) review.otherAdded.push({ subject: x.id, text: `${kind}: ${'name' in x ? x.name : x.title}` });
    for (const x of a) if (!news.has(x.id)) review.otherRemoved.push({ subject: x.id, text: `${kind}: ${'name' in x ? x.name : x.title}` });
  }

  const known = new Set(beforeDiagnostics.filter((d) => d.severity === 'warning').map(warningKey));
  for (const d of afterDiagnostics) {
    if (d.severity === 'warning' && !known.has(warningKey(d))) review.warningsAdded.push({ subject: `${d.file}:${d.line}`, text: `${d.field}: ${d.message} (${d.rule})` });
  }
  return review;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line for a reviewer: "2 claims re-assessed, 1 source added". */
export function headline(r: Review): string {
  const parts = [
    r.errors.length && plural(r.errors.length, 'error'),
    r.reassessed.length && `${plural(r.reassessed.length, 'claim')} re-assessed`,
    r.claimsAdded.length && `${plural(r.claimsAdded.length, 'claim')} added`,
    r.claimsRemoved.length && `${plural(r.claimsRemoved.length, 'claim')} removed`,
    r.claimsEdited.length && `${plural(r.claimsEdited.length, 'claim')} reworded`,
    r.evidence.length && `${plural(r.evidence.length, 'evidence change')}`,
    r.sourcesAdded.length && `${plural(r.sourcesAdded.length, 'source')} added`,
    r.sourcesRemoved.length && `${plural(r.sourcesRemoved.length, 'source')} removed`,
    r.sourcesChanged.length && `${plural(r.sourcesChanged.length, 'source')} re-rated`,
    r.otherAdded.length && `${plural(r.otherAdded.length, 'entity or report', 'entities or reports')} added`,
    r.otherRemoved.length && `${plural(r.otherRemoved.length, 'entity or report', 'entities or reports')} removed`,
    r.warningsAdded.length && `${plural(r.warningsAdded.length, 'new warning')}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no change to the knowledge base';
}

const SECTIONS: [keyof Review, string][] = [
  ['errors', 'Errors'],
  ['reassessed', 'Re-assessed claims'],
  ['claimsAdded', 'New claims'],
  ['claimsRemoved', 'Removed claims'],
  ['claimsEdited', 'Reworded claims'],
  ['evidence', 'Evidence'],
  ['sourcesAdded', 'New sources'],
  ['sourcesChanged', 'Re-rated sources'],
  ['sourcesRemoved', 'Removed sources'],
  ['otherAdded', 'New entities and reports'],
  ['otherRemoved', 'Removed entities and reports'],
  ['warningsAdded', 'New warnings'],
];

/** The review as Markdown (the pull request's job summary) or plain text (the terminal). Contributor text is escaped. */
export function formatReview(r: Review, ref: string, format: 'markdown' | 'text'): string {
  const md = format === 'markdown';
  const esc = (s: string) => (md ? printable(s).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`) : printable(s));
  const out = [md ? `### Knowledge base changes since \`${esc(ref)}\`` : `Knowledge base changes since ${printable(ref)}`, '', `**${headline(r)}**`.replace(/\*\*/g, md ? '**' : ''), ''];
  for (const [key, title] of SECTIONS) {
    const items = r[key];
    if (!items.length) continue;
    out.push(md ? `#### ${title}` : `${title}:`);
    for (const c of items) out.push(md ? `- \`${esc(c.subject)}\`: ${esc(c.text)}` : `  ${printable(c.subject)}: ${printable(c.text)}`);
    out.push('');
  }
  return out.join('\n');
}
