/**
 * Character classes and formats that more than one part checks. Each is written once here: the
 * schema, the front-matter text check and the MDX body check all read these.
 */

/** kebab-case, ASCII only: ids are file names and permanent URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 80;

/** A calendar date written as YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A date that may be partial: YYYY, YYYY-MM or YYYY-MM-DD (sources are often dated by month only). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A BCP 47 language tag as content uses them: ps, fa-AF, ar, ur, en. */
export const BCP47_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Invisible characters that can make text read differently from what it is (Trojan Source). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Half of a character: a UTF-16 surrogate without its pair. It cannot be written as UTF-8, so the
 * page shows "\uFFFD" where the browser's copy of the data holds the surrogate, and React refuses
 * to hydrate the page (error #418). With the `u` flag this class matches only unpaired halves.
 */
export const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Scripts whose spelling uses the zero-width joiners (Persian, Pashto and Urdu in Arabic script, the Indic scripts…). */
const JOINING_SCRIPT =
  /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}]/u;

export type InvisibleKind = 'bidi' | 'control' | 'invisible' | 'surrogate';
export interface Invisible {
  kind: InvisibleKind;
  /** The character (one UTF-16 unit, or a surrogate pair for a tag character). */
  char: string;
  /** Its UTF-16 index in the text. */
  index: number;
}

/**
 * Every character findInvisible looks at: the bidi controls above; zero-width and soft characters
 * (U+200B, U+2060, U+FEFF, U+00AD, the marks U+200E and U+200F); the joiners (U+200C, U+200D,
 * spelling inside Persian, Pashto and Urdu words); the control characters above; other characters
 * that show as nothing (the combining grapheme joiner, the Arabic letter mark, Hangul fillers,
 * Khmer inherent vowels, the Mongolian vowel separator, invisible maths operators, deprecated
 * format characters, interlinear annotation marks, the tag characters U+E0000–E007F, which can
 * carry a hidden ASCII message, and the format controls of hieroglyphs, shorthand and music);
 * carriage returns (the files' line ends are normalised, so one can only come from an escape or a
 * character reference); and lone surrogates. Of the Unicode format characters (Cf), only the
 * visible ones are left: the Arabic and Syriac signs that span the digits after them. The line and
 * paragraph separators (U+2028, U+2029) are text a browser shows as a break, and are escaped
 * wherever they could end a script.
 */
const ANY_INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u202A-\u202E\u2066-\u2069]|[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u200C\u200D]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u2061-\u2064\u206A-\u206F\u3164\uFFA0\uFFF9-\uFFFB]|[\u{E0000}-\u{E007F}\u{13430}-\u{1343F}\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}]|\r|[\uD800-\uDFFF]/gu;

/**
 * The first character in `text` that makes it look different from what it is: a bidi control, a
 * control character, a lone surrogate, or an invisible character. The joiners U+200C and U+200D
 * are spelling between two letters of a script that uses them (Persian, Pashto, Urdu, the Indic
 * scripts), and are allowed there; with `joiners: true` they are allowed anywhere (names written
 * in their own script). One rule for front matter and for the decoded text of bodies.
 */
export function findInvisible(text: string, options: { joiners?: boolean } = {}): Invisible | null {
  for (const m of text.matchAll(ANY_INVISIBLE)) {
    const char = m[0];
    const index = m.index;
    if (char === '\u200C' || char === '\u200D') {
      if (options.joiners) continue;
      const before = text.slice(Math.max(0, index - 2), index).match(/.$/u)?.[0] ?? '';
      const after = text.slice(index + 1, index + 3).match(/^./u)?.[0] ?? '';
      if (JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after)) continue;
    }
    const kind: InvisibleKind = BIDI_CONTROL.test(char)
      ? 'bidi'
      : CONTROL.test(char) || char === '\r'
        ? 'control'
        : LONE_SURROGATE.test(char)
          ? 'surrogate'
          : 'invisible';
    return { kind, char, index };
  }
  return null;
}

/**
 * `text` with every character findInvisible would report replaced by `by` (U+FFFD by default), for
 * text shown that no contributor can be asked to fix (commit subjects). Joiners between letters of
 * a script that spells with them are kept.
 */
export function showInvisible(text: string, by = '\uFFFD'): string {
  let out = '';
  let rest = text;
  for (let bad = findInvisible(rest); bad; bad = findInvisible(rest)) {
    out += rest.slice(0, bad.index) + by;
    rest = rest.slice(bad.index + bad.char.length);
  }
  return out + rest;
}

/** How each kind is named in a diagnostic. */
export const INVISIBLE_NAME: Record<InvisibleKind, string> = {
  bidi: 'a bidirectional control character',
  control: 'a control character',
  invisible: 'an invisible character',
  surrogate: 'half of a character (a lone surrogate)',
};

/**
 * Windows cannot create files with these names (whatever the extension), so an id like `con` or
 * `lpt1` breaks every checkout of the repository on Windows.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'con',
  'prn',
  'aux',
  'nul',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`]),
]);

/** Scripts a letter is told apart by, for mixed-script checks (Japanese counts as one). */
const SCRIPTS: [name: string, pattern: RegExp][] = [
  ['Latin', /\p{sc=Latin}/u],
  ['Cyrillic', /\p{sc=Cyrillic}/u],
  ['Greek', /\p{sc=Greek}/u],
  ['Armenian', /\p{sc=Armenian}/u],
  ['Cherokee', /\p{sc=Cherokee}/u],
  ['Georgian', /\p{sc=Georgian}/u],
  ['Arabic', /\p{sc=Arabic}/u],
  ['Hebrew', /\p{sc=Hebrew}/u],
  ['Japanese', /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u],
  ['Hangul', /\p{sc=Hangul}/u],
];

/** The scripts of the letters in `text` (of those above). */
export function scriptsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const [letter] of text.matchAll(/\p{L}/gu)) {
    const script = SCRIPTS.find(([, re]) => re.test(letter));
    if (script) found.add(script[0]);
  }
  return found;
}

/**
 * The first word that mixes Latin letters with Cyrillic, Greek, Armenian or Cherokee ones ("Іslamic"
 * with a Cyrillic "І"): no language spells a word so, and the letters look alike.
 */
export function mixedScriptWord(text: string): string | null {
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const scripts = scriptsOf(word);
    if (scripts.has('Latin') && ['Cyrillic', 'Greek', 'Armenian', 'Cherokee'].some((s) => scripts.has(s))) return word;
  }
  return null;
}

/**
 * Letters of other scripts that look like Latin ones (the common cases of Unicode's confusables,
 * TR39), and the Latin letters, digits and signs that look like each other ("I", "l", "1", "|";
 * "O" and "0").
 */
const LOOK_ALIKE: Record<string, string> = Object.fromEntries(
  [
    ['аɑα', 'a'],
    ['вβ', 'b'],
    ['сϲ', 'c'],
    ['ԁ', 'd'],
    ['еєε', 'e'],
    ['һ', 'h'],
    ['іıιӏI1|ǀ', 'l'],
    ['ј', 'j'],
    ['кκ', 'k'],
    ['мμ', 'm'],
    ['пη', 'n'],
    ['оοσ0', 'o'],
    ['рρ', 'p'],
    ['ԛ', 'q'],
    ['ѕ', 's'],
    ['тτ', 't'],
    ['υս', 'u'],
    ['νѵ', 'v'],
    ['ԝω', 'w'],
    ['хχ', 'x'],
    ['уγ', 'y'],
    ['ᴢ', 'z'],
    ['АΑ', 'a'],
    ['ВΒ', 'b'],
    ['СϹ', 'c'],
    ['ЕΕ', 'e'],
    ['НΗ', 'h'],
    ['ІΙӀ', 'l'],
    ['ЈͿ', 'j'],
    ['КΚ', 'k'],
    ['МΜ', 'm'],
    ['Ν', 'n'],
    ['ОΟ', 'o'],
    ['РΡ', 'p'],
    ['Ѕ', 's'],
    ['ТΤ', 't'],
    ['ХΧ', 'x'],
    ['ҮΥ', 'y'],
    ['Ζ', 'z'],
    ['Ԝ', 'w'],
  ].flatMap(([chars, latin]) => [...chars!].map((c) => [c, latin!])),
);

/** The characters of `text` that skeleton reads as other letters and that are not ASCII (the look-alikes of other scripts). */
export const lookAlikeLetters = (text: string): string[] => [
  ...new Set([...text.normalize('NFKD')].filter((c) => LOOK_ALIKE[c] !== undefined && c > '\u007f')),
];

/**
 * How a name looks, as far as a reader can tell: compatibility forms folded (NFKD), accents and
 * other marks dropped, look-alike letters of other scripts read as Latin, "I", "l" and "1" as one,
 * case folded, spaces collapsed. Two names with one skeleton are easily taken for each other.
 */
export function skeleton(text: string): string {
  return [...text.normalize('NFKD').replace(/\p{M}/gu, '')]
    .map((c) => LOOK_ALIKE[c] ?? c)
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** `text` without compatibility forms, marks, case or extra spaces, but with its letters as they are. */
export function plainForm(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Combining marks stacked on one letter beyond what any spelling needs (Vietnamese puts two on a
 * Latin letter; vocalised Arabic or Hebrew up to four): "garbled" text, or text made to spill over
 * the lines around it. Also a mark with no letter to sit on, at the start of the text.
 */
export function stackedMarks(text: string): { index: number; marks: number } | null {
  if (/^\p{M}/u.test(text)) return { index: 0, marks: /^\p{M}+/u.exec(text)![0].length };
  for (const m of text.matchAll(/(\P{M})(\p{M}+)/gu)) {
    const marks = [...m[2]!].length;
    const limit = /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Common}]/u.test(m[1]!) ? 2 : 4;
    if (marks > limit) return { index: m.index + m[1]!.length, marks };
  }
  return null;
}

/** `U+202E` for a character, as diagnostics name it. */
export const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
