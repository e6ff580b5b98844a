/**
 * Stage 3b: characters in front-matter text that make it look different from what it is: bidi
 * controls, control and invisible characters, and lone surrogates (half a character, which breaks
 * the page in the browser). Joiners (U+200C, U+200D) are part of Persian, Pashto and Urdu
 * spelling, so they are allowed between two letters of a script that uses them, and anywhere in
 * names written in their own script (aliases, original names). Bodies get the same rule on their
 * decoded text (body.ts). Warnings: words that mix look-alike scripts, stacked combining marks,
 * and URL hosts that mix scripts.
 */
import { codePoint, findInvisible, INVISIBLE_NAME, mixedScriptWord, scriptsOf, stackedMarks } from '../model/patterns';
import type { Diagnostic } from './diagnostics';
import { formatPath } from './entries';
import type { ParsedFile } from './frontmatter';
import { deceptiveHost } from './url-check';

const SCRIPT_FIELDS = new Set<PropertyKey>(['original_names', 'aliases']);
/** Fields that hold a URL (sources, reports). */
const URL_FIELDS = new Set<PropertyKey>(['url', 'original_url', 'read_at']);

export function textDiagnostics(file: string, parsed: ParsedFile, data: unknown, p: PropertyKey[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (typeof data === 'string') {
    const at = () => ({ file, ...parsed.locate(p), field: formatPath(p) });
    const bad = findInvisible(data, { joiners: SCRIPT_FIELDS.has(p[0] ?? '') });
    if (bad?.kind === 'surrogate') {
      out.push({ ...at(), message: `contains half of a character (a lone surrogate, ${codePoint(bad.char)}) at position ${bad.index + 1}: it cannot be written as UTF-8, so readers would see "\uFFFD" and the page would fail in the browser. Write the whole character (both halves of the pair, or the character itself), or remove it`, rule: 'text/surrogate', severity: 'error' });
    } else if (bad) {
      out.push({ ...at(), message: `contains ${INVISIBLE_NAME[bad.kind]} (${codePoint(bad.char)}) at position ${bad.index + 1}, which makes text look different from what it is: remove it`, rule: 'text/invisible', severity: 'error' });
    } else {
      const isUrl = URL_FIELDS.has(p[p.length - 1] ?? '');
      // A URL's host gets its own check below; its words are not prose.
      const mixed = isUrl ? null : mixedScriptWord(data);
      if (mixed) out.push({ ...at(), message: `the word "${mixed}" mixes letters of different scripts (${[...scriptsOf(mixed)].join(' and ')}) that look alike: write it in one script`, rule: 'text/mixed-script', severity: 'warning' });
      const stacked = stackedMarks(data);
      if (stacked) out.push({ ...at(), message: `${stacked.index === 0 ? 'starts with a combining mark that has no letter to sit on' : `has ${stacked.marks} combining marks stacked on one letter at position ${stacked.index}`}: text like this is garbled, or spills over the lines around it. Write each letter once with its accents`, rule: 'text/stacked-marks', severity: 'warning' });
      const host = isUrl ? deceptiveHost(data) : null;
      if (host) out.push({ ...at(), message: host, rule: 'url/mixed-script', severity: 'warning' });
    }
  } else if (Array.isArray(data)) {
    data.forEach((v, i) => out.push(...textDiagnostics(file, parsed, v, [...p, i])));
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) out.push(...textDiagnostics(file, parsed, v, [...p, k]));
  }
  return out;
}
