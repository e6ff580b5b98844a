/**
 * The rules of evidence: a verdict must follow from its evidence. Each rule is a small named
 * function with an id, the one-line statement readers and contributors see, and its severity.
 * `npm run validate` runs them on every claim, the methodology page lists them, and CONTRIBUTING.md
 * states them (a test keeps it in step with this list).
 */
import type { ClaimData } from '../model/schema';
import { type Assessment, LIKELIHOOD, type Likelihood } from '../model/scales';
import { type Line, linesOf, originKey, type SourceFacts } from './lineage';

/** One claim as the rules see it. */
export interface ClaimUnderRules {
  data: ClaimData;
  /** Every source we hold, by id. */
  sources: ReadonlyMap<string, SourceFacts>;
  /**
   * Sources that are a report the claim appears in, or that its provenance says it copies, or is
   * repeated by, with why: they can never support the report's own claims.
   */
  ownSources: ReadonlyMap<string, string>;
}

export interface Finding {
  /** Front-matter path of the field at fault. */
  path: PropertyKey[];
  message: string;
}

export interface EvidenceRule {
  id: string;
  /** The rule in one line, as the methodology page and CONTRIBUTING.md state it. */
  statement: string;
  severity: 'error' | 'warning';
  check(claim: ClaimUnderRules): Finding[];
}

const STRONG_RELIABILITY = new Set(['A', 'B', 'C']);
const PRIMARY_KINDS = new Set(['un-document', 'government']);

/** The claim's evidence with each item's source, skipping sources that do not resolve (reported elsewhere). */
function items(c: ClaimUnderRules) {
  return c.data.evidence.flatMap((ev, index) => {
    const source = c.sources.get(ev.source);
    return source ? [{ ev, index, source }] : [];
  });
}

/** Supporting items that may count: not the claim's own report or its copies. */
function support(c: ClaimUnderRules) {
  return items(c).filter((i) => i.ev.stance === 'supports' && !c.ownSources.has(i.ev.source));
}

/** For an attribution claim, the speakers it names: outlets reporting their words are witnesses, not relays (see linesOf). */
const witnessed = (c: ClaimUnderRules) => new Set(c.data.kind === 'attribution' ? c.data.entities.map((id) => originKey({ entity: id })) : []);

/** Independent lines of support, for the rules and for readers. */
export function supportLines(c: ClaimUnderRules): Line[] {
  return linesOf(
    support(c).map((i) => ({ index: i.index, source: i.ev.source, credibility: i.ev.credibility })),
    c.sources,
    witnessed(c),
  );
}

/** An item that can carry a line: a reliable source (A–C), credible information (1–3), and not a reference work. */
const carries = (i: { ev: { credibility: number }; source: SourceFacts }) => STRONG_RELIABILITY.has(i.source.reliability) && i.ev.credibility <= 3 && i.source.kind !== 'reference';
/** A primary document of record: an official or legal document (UN, government) of reliability A–B. */
const primary = (i: { ev: { credibility: number }; source: SourceFacts }) => PRIMARY_KINDS.has(i.source.kind) && (i.source.reliability === 'A' || i.source.reliability === 'B') && i.ev.credibility <= 3;

/** Lines with at least one item that can carry them. */
function strongLines(c: ClaimUnderRules): Line[] {
  const byIndex = new Map(items(c).map((i) => [i.index, i]));
  return supportLines(c).filter((line) => line.items.some((index) => carries(byIndex.get(index)!)));
}

const describeLine = (c: ClaimUnderRules, line: Line) => {
  const names = [...new Set(line.items.map((i) => c.sources.get(c.data.evidence[i]!.source)?.publisher ?? c.data.evidence[i]!.source))];
  const origin = line.origins.map((o) => o.entity ?? o.name).join(', ');
  return `${names.join(' and ')}${origin && line.items.length > 1 ? ` (one origin: ${origin})` : ''}`;
};

/** Words with which a rationale takes up a contradiction. */
const ADDRESSES_CONTRADICTION = /\b(contradict\w*|disput\w*|conflict\w*|disagree\w*|differ\w*|however|although|though|despite|but|whereas|while|against|denie[sd]|deny|rejects?|rejected)\b/i;

/** Which likelihoods each verdict allows (ICD 203 terms); `none` means the field must be absent. */
export const LIKELIHOOD_FOR: Record<Assessment, readonly Likelihood[] | 'none'> = {
  corroborated: ['likely', 'very-likely', 'almost-certain'],
  'partly-corroborated': ['roughly-even-chance', 'likely', 'very-likely', 'almost-certain'],
  unverified: LIKELIHOOD.ids,
  disputed: ['unlikely', 'roughly-even-chance', 'likely'],
  refuted: ['almost-no-chance', 'very-unlikely', 'unlikely'],
  opinion: 'none',
};

export const EVIDENCE_RULES: readonly EvidenceRule[] = [
  {
    id: 'evidence/corroborated',
    statement:
      '"Corroborated" needs at least two independent lines of support, each with a source of reliability A–C and information of credibility 1–3 (reference works do not count), or one primary document of record (a UN or government document of reliability A–B).',
    severity: 'error',
    check(c) {
      if (c.data.assessment !== 'corroborated') return [];
      const lines = strongLines(c);
      if (lines.length >= 2 || support(c).some(primary)) return [];
      const all = supportLines(c);
      const found = all.length ? `it has ${lines.length} such line${lines.length === 1 ? '' : 's'} of ${all.length} (${all.map((l) => describeLine(c, l)).join('; ')})` : 'it has no supporting evidence that may count';
      return [{ path: ['assessment'], message: `"corroborated" needs two independent lines of support (reliability A–C, credibility 1–3) or one primary document of record (a UN or government document, reliability A–B); ${found}. Add an independent source you have read, or assess it partly-corroborated` }];
    },
  },
  {
    id: 'evidence/corroborated-contradiction',
    statement: 'A "corroborated" claim with contradicting evidence from a source of reliability A–C must say in its rationale why the contradiction does not hold.',
    severity: 'warning',
    check(c) {
      if (c.data.assessment !== 'corroborated') return [];
      const against = items(c).filter((i) => i.ev.stance === 'contradicts' && STRONG_RELIABILITY.has(i.source.reliability));
      if (!against.length || ADDRESSES_CONTRADICTION.test(c.data.rationale) || against.some((i) => c.data.rationale.includes(i.source.publisher))) return [];
      return [{ path: ['rationale'], message: `${against.map((i) => i.source.publisher).join(' and ')} contradict${against.length === 1 ? 's' : ''} the claim, and the rationale does not say why that does not hold: address it there, or assess the claim disputed` }];
    },
  },
  {
    id: 'evidence/refuted',
    statement: '"Refuted" needs at least one contradicting item from a source of reliability A–C with credibility 1–2.',
    severity: 'error',
    check(c) {
      if (c.data.assessment !== 'refuted') return [];
      if (items(c).some((i) => i.ev.stance === 'contradicts' && STRONG_RELIABILITY.has(i.source.reliability) && i.ev.credibility <= 2)) return [];
      return [{ path: ['assessment'], message: '"refuted" needs evidence that contradicts the claim from a source of reliability A–C with credibility 1–2; without it, assess the claim unverified or disputed' }];
    },
  },
  {
    id: 'evidence/partly-corroborated',
    statement: '"Partly corroborated" needs at least one supporting item that is not the report itself or a copy of it.',
    severity: 'error',
    check(c) {
      if (c.data.assessment !== 'partly-corroborated' || support(c).length) return [];
      return [{ path: ['assessment'], message: '"partly-corroborated" needs at least one supporting source other than the report itself and its copies; without one, assess the claim unverified' }];
    },
  },
  {
    id: 'evidence/own-report',
    statement: 'A report, and any source its provenance says it copies, repeats or is repeated by, never supports its own claims: cite it as context.',
    severity: 'error',
    check(c) {
      return c.data.evidence.flatMap((ev, i) => {
        const why = c.ownSources.get(ev.source);
        return ev.stance === 'supports' && why ? [{ path: ['evidence', i, 'stance'], message: `"${ev.source}" is ${why}, so it cannot support the claim: set stance: context` }] : [];
      });
    },
  },
  {
    id: 'evidence/reference-only',
    statement: 'A reference work (an encyclopaedia, Wikipedia, a digest) is never the only support of a corroborated or partly corroborated claim.',
    severity: 'error',
    check(c) {
      if (c.data.assessment !== 'corroborated' && c.data.assessment !== 'partly-corroborated') return [];
      const supporting = support(c);
      if (!supporting.length || supporting.some((i) => i.source.kind !== 'reference')) return [];
      return [{ path: ['assessment'], message: `every supporting source is a reference work (${supporting.map((i) => i.ev.source).join(', ')}): follow it to the sources it cites and cite those you read, or assess the claim unverified` }];
    },
  },
  {
    id: 'evidence/likelihood',
    statement: 'The likelihood agrees with the verdict: corroborated is likely or higher, partly corroborated roughly even or higher, disputed between unlikely and likely, refuted unlikely or lower; an opinion or recommendation has none.',
    severity: 'error',
    check(c) {
      const allowed = LIKELIHOOD_FOR[c.data.assessment];
      const { likelihood, kind } = c.data;
      if (allowed === 'none') return likelihood ? [{ path: ['likelihood'], message: `remove likelihood: a ${kind} is not true or false, so it has no likelihood (ICD 203)` }] : [];
      if (!likelihood || allowed.includes(likelihood)) return [];
      return [{ path: ['likelihood'], message: `"${likelihood}" does not fit a ${c.data.assessment} claim: use ${allowed.join(', ')}, or reconsider the verdict` }];
    },
  },
  {
    id: 'evidence/attribution',
    statement: 'An opinion or recommendation names who holds it (attributed_to: a report or an entity), and is always shown with that name.',
    severity: 'error',
    check(c) {
      const opinion = c.data.kind === 'opinion' || c.data.kind === 'recommendation';
      if (opinion && !c.data.attributed_to) return [{ path: ['kind'], message: `${/^[aeiou]/.test(c.data.kind) ? 'an' : 'a'} ${c.data.kind} must say whose view it is: add attributed_to with report: <report id> or entity: <entity id>` }];
      if (!opinion && c.data.attributed_to) return [{ path: ['attributed_to'], message: `attributed_to is for opinions and recommendations; a ${c.data.kind} claim is checked against evidence: remove it (name a speaker in the statement and entities)` }];
      return [];
    },
  },
  {
    id: 'evidence/credibility-mismatch',
    statement: 'The same source cited twice on one claim with different credibility is flagged for a second look.',
    severity: 'warning',
    check(c) {
      const first = new Map<string, number>();
      return c.data.evidence.flatMap((ev, i) => {
        const earlier = first.get(ev.source);
        if (earlier === undefined) {
          first.set(ev.source, i);
          return [];
        }
        const was = c.data.evidence[earlier]!.credibility;
        return was !== ev.credibility ? [{ path: ['evidence', i, 'credibility'], message: `"${ev.source}" is also cited as evidence[${earlier}] with credibility ${was}: if both items are about the same fact, give them the same credibility` }] : [];
      });
    },
  },
  {
    id: 'evidence/under-rated',
    statement: '"Unverified" while a source of reliability A–B supports the claim with credibility 1–2 is flagged as probably under-rated.',
    severity: 'warning',
    check(c) {
      if (c.data.assessment !== 'unverified') return [];
      const strong = support(c).filter((i) => (i.source.reliability === 'A' || i.source.reliability === 'B') && i.ev.credibility <= 2);
      return strong.length ? [{ path: ['assessment'], message: `${strong.map((i) => i.ev.source).join(', ')} (reliability ${strong[0]!.source.reliability}, credibility ${strong[0]!.ev.credibility}) support${strong.length === 1 ? 's' : ''} the claim: it is probably more than unverified, or that credibility is too high` }] : [];
    },
  },
];
