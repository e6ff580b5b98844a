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
/** Zero-width and soft characters that hide inside words. */
export const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F]/;
/** Joiners, legitimate inside Persian, Pashto and Urdu words, suspicious anywhere else. */
export const ZERO_WIDTH_JOINERS = /[\u200C\u200D]/;
/** Control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** `U+202E` for a character, as diagnostics name it. */
export const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
