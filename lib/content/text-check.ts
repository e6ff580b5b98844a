/**
 * Stage 3b: invisible and control characters in front-matter text, which can disguise ids and
 * titles. Joiners (U+200C, U+200D) are part of Persian, Pashto and Urdu spelling, so they are
 * allowed in names written in their own script (aliases, original names) and nowhere else.
 */
import { BIDI_CONTROL, CONTROL, codePoint, ZERO_WIDTH, ZERO_WIDTH_JOINERS } from '../model/patterns';
import type { Diagnostic } from './diagnostics';
import { formatPath } from './entries';
import type { ParsedFile } from './frontmatter';

const SCRIPT_FIELDS = new Set<PropertyKey>(['original_names', 'aliases']);

export function textDiagnostics(file: string, parsed: ParsedFile, data: unknown, p: PropertyKey[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (typeof data === 'string') {
    const bidi = BIDI_CONTROL.exec(data);
    const zw = ZERO_WIDTH.exec(data);
    const zwj = SCRIPT_FIELDS.has(p[0] ?? '') ? null : ZERO_WIDTH_JOINERS.exec(data);
    const ctl = CONTROL.exec(data);
    const bad = bidi ?? zw ?? zwj ?? ctl;
    if (bad) {
      const kind = bidi ? 'a bidirectional control character' : ctl ? 'a control character' : 'an invisible character';
      out.push({ file, ...parsed.locate(p), field: formatPath(p), message: `contains ${kind} (${codePoint(bad[0])}) at position ${bad.index + 1}, which makes text look different from what it is: remove it`, rule: 'text/invisible', severity: 'error' });
    }
  } else if (Array.isArray(data)) {
    data.forEach((v, i) => out.push(...textDiagnostics(file, parsed, v, [...p, i])));
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) out.push(...textDiagnostics(file, parsed, v, [...p, k]));
  }
  return out;
}
