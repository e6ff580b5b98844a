/**
 * Stage 3: front matter against the collection's schema. Each zod issue becomes a diagnostic a
 * contributor can act on: the field, what was found, what is allowed, and a "did you mean" for
 * near misses. Only zod's public issue objects are read; the allowed keys come from the JSON
 * Schema walker in `lib/model/json-schema.ts`.
 */
import type { z } from 'zod';
import type { CollectionType } from '../model/collections';
import { keysAt } from '../model/json-schema';
import { type Diagnostic, didYouMean, suggestion } from './diagnostics';
import { formatPath } from './entries';
import type { ParsedFile } from './frontmatter';

function getAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAME: Record<string, string> = { array: 'a list', object: 'a map of fields' };

export function schemaDiagnostics(file: string, type: CollectionType, parsed: ParsedFile, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (p: readonly PropertyKey[], field: string, message: string, rule: string, key = false) =>
    out.push({ file, ...parsed.locate(p, { key }), field, message, rule, severity: 'error' });

  for (const issue of issues) {
    const p = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(type, p);
      for (const key of issue.keys) {
        push([...p, key], formatPath([...p, key]), `unknown field "${key}".${suggestion(key, known)} Allowed here: ${known.join(', ')}.`, 'schema/unknown-key', true);
      }
      continue;
    }
    const value = getAt(parsed.data, p);
    const field = formatPath(p) || '(front matter)';
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      push(p.slice(0, -1), field, `required field "${String(p[p.length - 1])}" is missing`, 'schema/required');
      continue;
    }
    if (issue.code === 'invalid_value') {
      const values = issue.values.map(String);
      const close = typeof value === 'string' ? didYouMean(value, values, 1) : [];
      push(p, field, `${describe(value)} is not an allowed value.${close.length ? ` Did you mean "${close[0]}"?` : ''} Allowed: ${values.join(', ')}.`, 'schema/enum');
      continue;
    }
    if (issue.code === 'invalid_type') {
      const { expected } = issue;
      const hint = expected === 'string' && typeof value === 'number' ? ' Put it in quotes.' : expected === 'array' && typeof value === 'string' ? ' Write it as a list: one "- item" per line.' : '';
      push(p, field, `must be ${TYPE_NAME[expected] ?? `a ${expected}`}, found ${describe(value)}.${hint}`, 'schema/type');
      continue;
    }
    if (issue.code === 'invalid_union') {
      const quote = typeof value === 'number' ? ` Put it in quotes: as_of: "${value}".` : '';
      push(p, field, `${describe(value)} is not valid here: write a date (YYYY-MM-DD, YYYY-MM or YYYY) or a range with "from:" and "to:" dates.${quote}`, 'schema/type');
      continue;
    }
    const msg = issue.message.replace(/^Invalid input: /, '');
    const valueNote = value !== undefined && typeof value !== 'object' ? ` (found ${describe(value)})` : '';
    push(p, field, `${msg}${valueNote}`, issue.code === 'too_big' || issue.code === 'too_small' ? 'schema/length' : 'schema/format');
  }
  return out;
}
