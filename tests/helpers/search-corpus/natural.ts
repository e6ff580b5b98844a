/**
 * The seventh query kind, *natural*: queries of 3–7 words written the way a reader types them,
 * generated from the synthetic corpus and judged by construction (issue 17).
 *
 * A reader remembers a claim by what happened, where, and one or two distinctive names, and
 * types it in the form they think of: another form of the verb or noun (bombed → bombing,
 * attack → attacks), a question (who, what did … say, how many), filler words, a word the text
 * never uses (a synonym, or a detail such as "yesterday"). Each query is built from one claim's
 * facts (its title's event verb and noun, place, organisation, surname and rare place-like word);
 * the relevant records are every claim whose title states all the facts the query uses, whatever
 * the words' form. The reader's word forms below were written from English usage, not from what
 * the engine's stemmer does: some (struck → strike, besieged → siege, detained → detention) are
 * out of any stemmer's reach, on purpose.
 */
import type { Corpus, Entity } from '@/lib/model/corpus';
import { NOUNS, VERBS } from './vocabulary';

export interface NaturalQuery {
  q: string;
  relevant: Set<string>;
  /** The template, for reading the results. */
  style: string;
}

/** What a reader might type for each past-tense verb of the titles: other forms and nominalisations. */
const VERB_FORMS: Record<string, string[]> = {
  reported: ['reports', 'reporting'],
  confirmed: ['confirms', 'confirmation'],
  denied: ['denies', 'denial'],
  claimed: ['claims', 'claiming'],
  attacked: ['attack', 'attacks', 'attacking'],
  seized: ['seizure', 'seizing'],
  captured: ['capture', 'capturing'],
  raided: ['raid', 'raids'],
  bombed: ['bombing', 'bombings'],
  shelled: ['shelling'],
  besieged: ['siege', 'besieging'],
  evacuated: ['evacuation', 'evacuating'],
  displaced: ['displacement', 'displacing'],
  detained: ['detention', 'detaining'],
  released: ['release', 'releasing'],
  executed: ['execution', 'executions'],
  abducted: ['abduction', 'abducting'],
  ambushed: ['ambush', 'ambushing'],
  targeted: ['targeting', 'targets'],
  struck: ['strike', 'strikes'],
  killed: ['killing', 'killings'],
  wounded: ['wounding', 'wounds'],
  injured: ['injuring', 'injuries'],
  negotiated: ['negotiation', 'negotiations'],
  announced: ['announcement', 'announcing'],
  warned: ['warning', 'warnings'],
  accused: ['accusation', 'accusing'],
  condemned: ['condemnation', 'condemning'],
  documented: ['documenting', 'documentation'],
  recorded: ['recording', 'records'],
  estimated: ['estimate', 'estimates'],
  assessed: ['assessment', 'assessing'],
  verified: ['verification', 'verifying'],
  disputed: ['dispute', 'disputing'],
  contradicted: ['contradiction', 'contradicting'],
  corroborated: ['corroboration', 'corroborating'],
  recruited: ['recruitment', 'recruiting'],
  financed: ['financing', 'finances'],
  smuggled: ['smuggling'],
  deployed: ['deployment', 'deploying'],
  withdrew: ['withdrawal', 'withdrawing'],
  advanced: ['advance', 'advancing'],
  retreated: ['retreat', 'retreating'],
  infiltrated: ['infiltration', 'infiltrating'],
  surrendered: ['surrender', 'surrendering'],
  mediated: ['mediation', 'mediating'],
  pledged: ['pledge', 'pledging'],
  appointed: ['appointment', 'appointing'],
  dismissed: ['dismissal', 'dismissing'],
  arrested: ['arrest', 'arrests'],
  sentenced: ['sentence', 'sentencing'],
};

/** Words a reader might use instead of the text's own (the text never has them). */
const READER_SYNONYMS: Record<string, string[]> = {
  attacked: ['assaulted'],
  attack: ['assault'],
  bombed: ['blew up'],
  bombing: ['blast', 'explosion'],
  killed: ['murdered'],
  abducted: ['kidnapped'],
  detained: ['jailed'],
  arrested: ['jailed'],
  checkpoint: ['roadblock'],
  militants: ['insurgents'],
  fighters: ['gunmen'],
  soldiers: ['troops'],
  hospital: ['medical centre'],
  school: ['classroom'],
  market: ['bazaar'],
  ceasefire: ['peace deal'],
  truce: ['peace deal'],
  airstrike: ['air raid'],
  drone: ['uav'],
  refugees: ['asylum seekers'],
  weapons: ['arms'],
  ammunition: ['bullets'],
  prison: ['jail'],
  executed: ['put to death'],
  smuggled: ['trafficked'],
  smuggling: ['trafficking'],
  announced: ['said'],
  seized: ['took'],
  captured: ['took'],
};

/** Details a reader adds that the synthetic text never contains. */
const ABSENT = ['yesterday', 'allegedly', 'recently', 'horrific', 'massive', 'brutal', 'latest', 'apparently'];

/** The other number of a noun: a reader types `mosques` for `mosque`, `casualty` for `casualties`. */
export function otherNumber(noun: string): string {
  const irregular: Record<string, string> = {
    police: 'policemen',
    evidence: 'evidence',
    footage: 'footage',
    imagery: 'images',
    ammunition: 'ammunition',
    talks: 'talk',
    casualties: 'casualty',
    militia: 'militias',
    forces: 'force',
  };
  if (irregular[noun]) return irregular[noun]!;
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/(ss|sh|ch|x|us)$/.test(noun)) return `${noun}es`;
  if (/s$/.test(noun)) return noun.slice(0, -1);
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, 'ies');
  return `${noun}s`;
}

interface Facts {
  key: string;
  title: string;
  verb: string;
  noun: string;
  place: string;
  org?: string;
  surname: string;
  rare: string;
}

const VERB_SET = new Set(VERBS);
const NOUN_SET = new Set(NOUNS);

/** The facts of one synthetic claim title (see the templates in corpus.ts). */
function factsOf(claim: Corpus['claims'][number], entities: Map<string, Entity>): Facts | undefined {
  const words = claim.title.replace(/,/g, '').split(' ');
  const verb = words.find((w) => VERB_SET.has(w));
  const noun = words.find((w) => NOUN_SET.has(w));
  const rare = /(?:near|at) ([A-Z][a-z]+)/.exec(claim.title)?.[1];
  const place = entities.get(claim.places[0]?.id ?? '')?.name;
  const org = entities.get(claim.entities[0]?.id ?? '')?.name;
  const person = entities.get(claim.entities[1]?.id ?? '');
  const surname = person?.name.split(' ').pop();
  if (!verb || !noun || !rare || !place || !surname) return undefined;
  return {
    key: `claim:${claim.id}`,
    title: claim.title,
    verb,
    noun,
    place,
    org: org && claim.title.includes(org) ? org : undefined,
    surname,
    rare,
  };
}

type Fact = 'verb' | 'noun' | 'place' | 'org' | 'surname' | 'rare';

/** Templates: the facts each uses, and how a reader phrases them. */
const TEMPLATES: {
  style: string;
  uses: Fact[];
  make: (f: Facts, pick: <T>(l: readonly T[]) => T) => string | undefined;
}[] = [
  {
    style: 'event forms + place',
    uses: ['noun', 'verb', 'rare', 'place'],
    make: (f, pick) =>
      `${otherNumber(f.noun)} ${pick(VERB_FORMS[f.verb] ?? [f.verb])} near ${f.rare.toLowerCase()} in ${f.place}`,
  },
  {
    style: 'question: what did X say',
    uses: ['surname', 'rare'],
    make: (f) => `what did ${f.surname} say about ${f.rare}`,
  },
  {
    style: 'organisation + event + absent word',
    uses: ['org', 'verb', 'rare'],
    make: (f, pick) =>
      f.org ? `${f.org} ${pick(VERB_FORMS[f.verb] ?? [f.verb])} at ${f.rare.toLowerCase()} ${pick(ABSENT)}` : undefined,
  },
  {
    style: 'question: how many',
    uses: ['noun', 'verb', 'rare'],
    make: (f, pick) => `how many ${otherNumber(f.noun)} ${pick(VERB_FORMS[f.verb] ?? [f.verb])} at ${f.rare}`,
  },
  {
    style: 'surname + event + place',
    uses: ['surname', 'verb', 'noun', 'place'],
    make: (f, pick) =>
      `${f.surname.toLowerCase()} on ${pick(VERB_FORMS[f.verb] ?? [f.verb])} of ${otherNumber(f.noun)} ${f.place.toLowerCase()}`,
  },
  {
    style: 'synonym not in the text',
    uses: ['rare', 'place'],
    make: (f, pick) => {
      const syn = READER_SYNONYMS[f.verb] ?? READER_SYNONYMS[f.noun];
      return syn
        ? `${pick(syn)} ${f.rare.toLowerCase()} ${f.place} ${pick(ABSENT)}`
        : `${pick(ABSENT)} ${pick(VERB_FORMS[f.verb] ?? [f.verb])} ${f.rare.toLowerCase()} ${f.place}`;
    },
  },
];

/**
 * `count` natural queries (default 60), from claims picked with `rand`. Deterministic for a
 * corpus and a seed; never reads the engine.
 */
export function naturalQueries(corpus: Corpus, rand: () => number, count = 60): NaturalQuery[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const facts: Facts[] = [];
  for (const c of corpus.claims) {
    const f = factsOf(c, entities);
    if (f) facts.push(f);
  }
  const out: NaturalQuery[] = [];
  const seen = new Set<string>();
  for (let guard = 0; out.length < count && guard < count * 50 && facts.length > 0; guard++) {
    const template = TEMPLATES[out.length % TEMPLATES.length]!;
    const f = pick(facts);
    const q = template.make(f, pick);
    if (!q) continue;
    const words = q.split(/\s+/).length;
    if (words < 3 || words > 7 || seen.has(q)) continue;
    seen.add(q);
    // Relevant: every claim whose title states the same facts.
    const relevant = new Set(
      facts.filter((g) => template.uses.every((k) => g[k] !== undefined && g[k] === f[k])).map((g) => g.key),
    );
    out.push({ q, relevant, style: template.style });
  }
  return out;
}
