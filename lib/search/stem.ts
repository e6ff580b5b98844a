/**
 * English word forms for search (issue 17): `bombed`, `bombing` and `bombings` are one word to a
 * reader. Inflections are conflated by the Porter2 (Snowball English) stemmer from the npm
 * registry; a few agent and abstract nouns that Porter2 keeps apart (lead → leader, bomb → bomber,
 * close → closure) are related at a lower weight by a short list of derivational suffixes.
 *
 * The index keeps the words as written. Forms are matched at query time, against the vocabulary:
 * a query word reaches every vocabulary term with the same stem, so index and query use one
 * function and the index does not grow. Names are never stemmed: a term that the content only
 * ever writes capitalised (Kabul, ISIS, Hamas) is listed in the index as a name (`stemNames`)
 * and matches only itself; original-script words and words with digits are never stemmed either.
 */
import { stem as porter2 } from 'porter2';

/** Only plain lowercase English words of three letters or more are stemmed. */
const STEMMABLE_RE = /^[a-z]{3,}$/;

export function isStemmable(term: string): boolean {
  return STEMMABLE_RE.test(term);
}

/**
 * Irregular forms a suffix-stripping stemmer cannot reach (led → lead, struck → strike, fled →
 * flee), as base forms. Forms that are also other words are left out: left, found, felt, saw,
 * lay, wound, bound, ground, born, lit, rose.
 */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'led:lead misled:mislead fled:flee held:hold upheld:uphold withheld:withhold fought:fight sought:seek caught:catch brought:bring ' +
    'bought:buy taught:teach thought:think told:tell said:say made:make came:come began:begin begun:begin blew:blow blown:blow ' +
    'broke:break broken:break chose:choose chosen:choose drove:drive driven:drive gave:give given:give grew:grow grown:grow ' +
    'hid:hide hidden:hide kept:keep knew:know known:know met:meet paid:pay ran:run risen:rise arose:arise arisen:arise sent:send ' +
    'sold:sell spoke:speak spoken:speak spent:spend stole:steal stolen:steal struck:strike stricken:strike swore:swear sworn:swear ' +
    'threw:throw thrown:throw wrote:write written:write withdrew:withdraw withdrawn:withdraw overran:overrun overthrew:overthrow ' +
    'overthrown:overthrow hung:hang beaten:beat bled:bleed built:build dealt:deal fed:feed froze:freeze frozen:freeze shook:shake ' +
    'shaken:shake slain:slay slew:slay stuck:stick understood:understand won:win wore:wear worn:wear sank:sink sunk:sink ' +
    'undertook:undertake undertaken:undertake took:take taken:take mistook:mistake fell:fall fallen:fall lost:lose seen:see ' +
    'shot:shoot meant:mean hit:hit spread:spread fired:fire ' +
    'men:man women:woman children:child policemen:policeman gunmen:gunman militiamen:militiaman tribesmen:tribesman ' +
    'spokesmen:spokesman clergymen:clergyman lives:life wives:wife knives:knife thieves:thief'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

let irregularByStem: Map<string, string[]> | undefined;

/** The irregular forms whose stem is `stem` (`lead` → `led`): a dictionary range by prefix cannot find them. */
export function irregularForms(stem: string): readonly string[] {
  if (!irregularByStem) {
    irregularByStem = new Map();
    for (const [form, base] of Object.entries(IRREGULAR)) {
      const key = porter2(base);
      irregularByStem.set(key, [...(irregularByStem.get(key) ?? []), form]);
    }
  }
  return irregularByStem.get(stem) ?? [];
}

/** The Porter2 stem of a normalised term (of its base form, when irregular), or the term itself when it is not a plain English word. */
export function stemOf(term: string): string {
  if (!isStemmable(term)) return term;
  return porter2(IRREGULAR[term] ?? term);
}

/**
 * Derivational endings (of Porter2 stems) that still name the same thing for a reader: the doer
 * (leader, bomber, governor, salafist), the doctrine (salafism), the act (closure, leadership).
 */
const DERIVATIONAL = ['er', 'or', 'ist', 'ism', 'ian', 'ship', 'ur'] as const;

/** The root a derivational ending was added to (`leader` → `lead`), or undefined. */
export function derivationRoot(stem: string): string | undefined {
  for (const suffix of DERIVATIONAL) {
    if (stem.length >= suffix.length + 3 && stem.endsWith(suffix)) return stem.slice(0, -suffix.length);
  }
  return undefined;
}

/**
 * The prefix that every form of a stem starts with: the stem without a final e, i or y
 * (close/closure, communiti/community), so one dictionary range holds every candidate.
 */
export function formsPrefix(stem: string): string {
  return stem.length > 3 && /[eiy]$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** true if stem `b` is stem `a` plus a derivational ending, or the other way round. */
export function derivedFrom(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const base = formsPrefix(short);
  if (!long.startsWith(base)) return false;
  const rest = long.slice(base.length);
  const restFromStem = long.startsWith(short) ? long.slice(short.length) : undefined;
  return (
    (DERIVATIONAL as readonly string[]).includes(rest) ||
    (restFromStem !== undefined && (DERIVATIONAL as readonly string[]).includes(restFromStem))
  );
}

/**
 * Words for the same role that the content uses interchangeably (issue 17: "who leads ISKP" must
 * reach its leader, whom the content calls emir or wali). Stems, matched like a derived word.
 * Deliberately short: a general thesaurus would blur names and terms of art.
 */
const ROLE_WORDS: readonly (readonly string[])[] = [['leader', 'emir', 'amir', 'wali']];

/** Other role words for a stem (`leader` → `emir`, `amir`, `wali`). */
export function roleSynonyms(stem: string): readonly string[] {
  for (const group of ROLE_WORDS) if (group.includes(stem)) return group.filter((g) => g !== stem);
  return [];
}
