/**
 * Reads, validates and cross-links the whole of `content/` in one pass. It never stops at the
 * first problem: every error and warning is collected with its file, line, column and field.
 * The corpus is returned only when there is no error, so nothing is built from bad content.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { type Diagnostic, didYouMean, sortDiagnostics, suggestion } from './diagnostics';
import { parseContentFile, type ParsedFile } from './frontmatter';
import { BIDI_CONTROL, checkMdx, type Link, type MdxSpan } from './mdx';
import { type ClaimData, COLLECTIONS, type CollectionName, type EntityData, ID_PATTERN, type ReportData, SCHEMAS, type SourceData } from './schema';
import { ASSESSMENT, type Assessment } from './scales';
import type { Claim, Corpus, Entity, Report, Source } from './types';

export const MAX_FILE_BYTES = 256 * 1024;
const SITE_SECTIONS = new Set(['', 'reports', 'claims', 'sources', 'entities', 'methodology', 'search']);
const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F]/;
const ZERO_WIDTH_JOINERS = /[\u200C\u200D]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export interface LoadOptions {
  /** The day warnings about stale reviews are measured from (YYYY-MM-DD); defaults to today. */
  today?: string;
  /** Prefix for file paths in diagnostics (relative to the repository root). Default `content`. */
  displayRoot?: string;
}

export interface LoadResult {
  corpus: Corpus | null;
  diagnostics: Diagnostic[];
  files: number;
}

interface Entry<T> {
  id: string;
  file: string;
  data: T;
  parsed: ParsedFile;
  body: string;
  plainText: string;
  spans: MdxSpan[];
  links: Link[];
  paragraphs: number;
}

const SINGULAR: Record<CollectionName, string> = { claims: 'claim', sources: 'source', entities: 'entity', reports: 'report' };
const ROUTE_OF: Record<CollectionName, string> = { claims: 'claims', sources: 'sources', entities: 'entities', reports: 'reports' };

export function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), '');
}

/** The keys an object schema accepts at `path` (for "did you mean" on unknown keys). */
function keysAt(schema: z.ZodType, p: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (s as { _zod?: { def?: { type?: string; innerType?: unknown } } })._zod?.def;
      if (def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'pipe')) s = def.innerType ?? (def as { in?: unknown }).in;
      else break;
    }
  };
  unwrap();
  for (const seg of p) {
    const def = (s as { _zod: { def: { type: string; shape?: Record<string, unknown>; element?: unknown; options?: unknown[] } } })._zod.def;
    if (def.type === 'union' && def.options) s = def.options.find((o) => (o as { _zod: { def: { type: string } } })._zod.def.type === 'object') ?? s;
    const d2 = (s as { _zod: { def: { type: string; shape?: Record<string, unknown>; element?: unknown } } })._zod.def;
    if (d2.type === 'object' && typeof seg === 'string' && d2.shape) s = d2.shape[seg];
    else if (d2.type === 'array' && typeof seg === 'number') s = d2.element;
    else return [];
    unwrap();
  }
  const def = (s as { _zod?: { def?: { type: string; shape?: Record<string, unknown>; options?: unknown[] } } })._zod?.def;
  if (def?.type === 'union' && def.options) {
    const obj = def.options.find((o) => (o as { _zod: { def: { type: string } } })._zod.def.type === 'object') as { _zod: { def: { shape: Record<string, unknown> } } } | undefined;
    return obj ? Object.keys(obj._zod.def.shape) : [];
  }
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

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

function schemaDiagnostics(file: string, collection: CollectionName, parsed: ParsedFile, issues: z.core.$ZodIssue[]): Diagnostic[] {
  const schema = SCHEMAS[collection];
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const p = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, p);
      for (const key of issue.keys) {
        const at = parsed.locate([...p, key], { key: true });
        out.push({ file, ...at, field: formatPath([...p, key]), message: `unknown field "${key}".${suggestion(key, known)} Allowed here: ${known.join(', ')}.`, rule: 'schema/unknown-key', severity: 'error' });
      }
      continue;
    }
    const value = getAt(parsed.data, p);
    const field = formatPath(p) || '(front matter)';
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      const at = parsed.locate(p.slice(0, -1));
      out.push({ file, ...at, field, message: `required field "${String(p[p.length - 1])}" is missing`, rule: 'schema/required', severity: 'error' });
      continue;
    }
    const at = parsed.locate(p);
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const values = (issue.values as unknown[]).map(String);
      const close = typeof value === 'string' ? didYouMean(value, values, 1) : [];
      out.push({ file, ...at, field, message: `${describe(value)} is not an allowed value.${close.length ? ` Did you mean "${close[0]}"?` : ''} Allowed: ${values.join(', ')}.`, rule: 'schema/enum', severity: 'error' });
      continue;
    }
    if (issue.code === 'invalid_type') {
      const expected = (issue as { expected?: string }).expected;
      const hint = expected === 'string' && typeof value === 'number' ? ' Put it in quotes.' : expected === 'array' && typeof value === 'string' ? ' Write it as a list: one "- item" per line.' : '';
      out.push({ file, ...at, field, message: `must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a map of fields' : `a ${expected}`}, found ${describe(value)}.${hint}`, rule: 'schema/type', severity: 'error' });
      continue;
    }
    if (issue.code === 'invalid_union') {
      const quote = typeof value === 'number' ? ` Put it in quotes: as_of: "${value}".` : '';
      out.push({ file, ...at, field, message: `${describe(value)} is not valid here: write a date (YYYY-MM-DD, YYYY-MM or YYYY) or a range with "from:" and "to:" dates.${quote}`, rule: 'schema/type', severity: 'error' });
      continue;
    }
    const msg = issue.message.replace(/^Invalid input: /, '');
    const valueNote = value !== undefined && typeof value !== 'object' ? ` (found ${describe(value)})` : '';
    out.push({ file, ...at, field, message: `${msg}${valueNote}`, rule: issue.code === 'too_big' || issue.code === 'too_small' ? 'schema/length' : 'schema/format', severity: 'error' });
  }
  return out;
}

/** Flags invisible and control characters in front-matter text, which can disguise ids and titles. */
function textDiagnostics(file: string, parsed: ParsedFile, data: unknown, p: PropertyKey[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (typeof data === 'string') {
    const field = formatPath(p);
    const inScript = p[0] === 'original_names' || p[0] === 'aliases';
    const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const bidi = BIDI_CONTROL.exec(data);
    const zw = ZERO_WIDTH.exec(data);
    const zwj = !inScript ? ZERO_WIDTH_JOINERS.exec(data) : null;
    const ctl = CONTROL.exec(data);
    const bad = bidi ?? zw ?? zwj ?? ctl;
    if (bad) {
      const kind = bidi ? 'a bidirectional control character' : ctl ? 'a control character' : 'an invisible character';
      out.push({ file, ...parsed.locate(p), field, message: `contains ${kind} (${hex(bad[0])}) at position ${bad.index + 1}, which makes text look different from what it is: remove it`, rule: 'text/invisible', severity: 'error' });
    }
  } else if (Array.isArray(data)) {
    data.forEach((v, i) => out.push(...textDiagnostics(file, parsed, v, [...p, i])));
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) out.push(...textDiagnostics(file, parsed, v, [...p, k]));
  }
  return out;
}

const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** A file name with its invisible characters spelled out, so a diagnostic cannot be disguised by the name it reports. */
function visible(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const displayRoot = options.displayRoot ?? 'content';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const diagnostics: Diagnostic[] = [];
  const err = (d: Omit<Diagnostic, 'severity'>) => diagnostics.push({ ...d, severity: 'error' });
  const warn = (d: Omit<Diagnostic, 'severity'>) => diagnostics.push({ ...d, severity: 'warning' });
  let files = 0;

  /** Ids whose file exists, valid or not: a reference to an invalid file is not also reported as missing. */
  const existing = { claims: new Set<string>(), sources: new Set<string>(), entities: new Set<string>(), reports: new Set<string>() };
  const entries = { claims: new Map<string, Entry<ClaimData>>(), sources: new Map<string, Entry<SourceData>>(), entities: new Map<string, Entry<EntityData>>(), reports: new Map<string, Entry<ReportData>>() };

  if (!fs.existsSync(contentDir)) {
    err({ file: displayRoot, line: 1, col: 1, field: 'file', message: `the content folder ${displayRoot}/ does not exist`, rule: 'file/missing' });
    return { corpus: null, diagnostics, files };
  }
  for (const name of fs.readdirSync(contentDir).sort()) {
    if (name.startsWith('.')) continue;
    if (!(COLLECTIONS as string[]).includes(name) || !fs.statSync(path.join(contentDir, name)).isDirectory()) {
      err({ file: `${displayRoot}/${name}`, line: 1, col: 1, field: 'file', message: `unexpected "${name}" in ${displayRoot}/: it holds only the folders ${COLLECTIONS.join(', ')}.${suggestion(name, COLLECTIONS)}`, rule: 'file/unexpected' });
    }
  }

  for (const collection of COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) continue;
    const seenIds = new Map<string, string>();
    const names = fs.readdirSync(dir).sort();
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const rel = `${displayRoot}/${collection}/${visible(name)}`;
      const full = path.join(dir, name);
      const at1 = { file: rel, line: 1, col: 1, field: 'file' };
      const stat = fs.lstatSync(full);
      if (stat.isSymbolicLink()) {
        err({ ...at1, message: 'symbolic links are not allowed in content: commit the file itself', rule: 'file/symlink' });
        continue;
      }
      if (stat.isDirectory()) {
        err({ ...at1, message: `folders are not allowed inside ${displayRoot}/${collection}/: move the files up one level`, rule: 'file/unexpected' });
        continue;
      }
      if (!name.endsWith('.mdx')) {
        err({ ...at1, message: `only .mdx files belong in ${displayRoot}/${collection}/ (rename it to ${name.replace(/\.[^.]*$/, '')}.mdx or move it out)`, rule: 'file/extension' });
        continue;
      }
      files++;
      const id = name.slice(0, -4);
      if (!ID_PATTERN.test(id) || id.length > 80) {
        const fixed = id.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
        // "Sample-Group.mdx" beside "sample-group.mdx" is one page on a case-insensitive disk or host,
        // and "sample-group\u200B.mdx" a disguised copy of it: call it a duplicate, not a rename.
        const twin = names.find((other) => other !== name && (other === `${id.normalize('NFKC').toLowerCase()}.mdx` || other === `${fixed}.mdx`));
        if (twin) {
          err({ ...at1, field: 'id', message: `duplicate id: "${visible(name)}" is the same id as ${displayRoot}/${collection}/${twin} once case, accents, Unicode forms and invisible characters are set aside: keep one file`, rule: 'id/duplicate' });
          continue;
        }
        err({ ...at1, field: 'id', message: `the file name "${visible(name)}" is not a valid id: ids are kebab-case ASCII (a–z, 0–9, single hyphens), at most 80 characters${fixed ? `; rename it to ${fixed}.mdx` : ''}`, rule: 'file/id' });
        continue;
      }
      const folded = id.normalize('NFKC').toLowerCase();
      const clash = seenIds.get(folded);
      if (clash) {
        err({ ...at1, field: 'id', message: `duplicate id: "${id}" is the same id as ${clash}`, rule: 'id/duplicate' });
        continue;
      }
      seenIds.set(folded, rel);
      existing[collection].add(id);
      if (stat.size > MAX_FILE_BYTES) {
        err({ ...at1, message: `the file is ${Math.round(stat.size / 1024)} KB; the limit is ${MAX_FILE_BYTES / 1024} KB: split it`, rule: 'file/too-large' });
        continue;
      }
      let source: string;
      try {
        source = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(full));
      } catch {
        err({ ...at1, message: 'the file is not valid UTF-8 text: save it as UTF-8', rule: 'file/encoding' });
        continue;
      }
      if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);

      const parsed = parseContentFile(rel, source);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.data === undefined) continue;
      if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
        err({ file: rel, line: 2, col: 1, field: 'front matter', message: 'the front matter must be a map of "field: value" lines', rule: 'schema/type' });
        continue;
      }
      const result = SCHEMAS[collection].safeParse(parsed.data);
      const textProblems = textDiagnostics(rel, parsed, parsed.data);
      diagnostics.push(...textProblems);
      const body = checkMdx(rel, collection, parsed.body, parsed.bodyLine);
      diagnostics.push(...body.diagnostics);
      if (!result.success) {
        diagnostics.push(...schemaDiagnostics(rel, collection, parsed, result.error.issues));
        continue;
      }
      // A value listed twice would show twice on the page (and clash as a React key): say so.
      const repeated = (p: PropertyKey[], list: string[]) => {
        list.forEach((v, i) => {
          if (list.indexOf(v) < i) err({ file: rel, ...parsed.locate([...p, i]), field: formatPath([...p, i]), message: `"${v}" is listed twice in ${formatPath(p)}: keep one`, rule: 'ref/duplicate' });
        });
      };
      const d = result.data as { entities?: string[]; places?: string[]; tags?: string[]; aliases?: string[]; related?: { claim: string }[] };
      for (const key of ['entities', 'places', 'tags', 'aliases'] as const) if (d[key]) repeated([key], d[key]);
      if (d.related) repeated(['related'], d.related.map((r) => r.claim));
      const entry = { id, file: rel, data: result.data, parsed, body: parsed.body, plainText: body.plainText, spans: body.spans, links: body.internalLinks, paragraphs: body.paragraphs };
      (entries[collection] as Map<string, Entry<unknown>>).set(id, entry);
    }
  }

  const { claims, sources, entities, reports } = entries;
  const ref = (e: Entry<unknown>, p: PropertyKey[], message: string, rule: string) => err({ file: e.file, ...e.parsed.locate(p), field: formatPath(p), message, rule });
  // A target that exists but failed validation has its own errors; do not also call it missing.
  const absent = (collection: CollectionName, id: string) => !existing[collection].has(id);
  const missing = (kind: string, id: string, pool: Map<string, unknown>, folder: string) =>
    `no ${kind} has the id "${id}" (no file ${displayRoot}/${folder}/${id}.mdx).${suggestion(id, pool.keys())}`;

  // Entities: places form a tree.
  for (const e of entities.values()) {
    const d = e.data;
    if (d.kind !== 'place' && (d.place_type || d.part_of)) ref(e, [d.place_type ? 'place_type' : 'part_of'], `only places have ${d.place_type ? 'place_type' : 'part_of'}; this entity is ${article(d.kind)}`, 'entity/place-field');
    if (d.kind === 'place' && !d.place_type) ref(e, ['kind'], 'a place needs place_type: country, region, province, district, city or site', 'entity/place-type');
    if (d.part_of) {
      const parent = entities.get(d.part_of);
      if (!parent) { if (absent('entities', d.part_of)) ref(e, ['part_of'], missing('entity', d.part_of, entities, 'entities'), 'ref/part-of'); }
      else if (parent.data.kind !== 'place') ref(e, ['part_of'], `"${d.part_of}" is ${article(parent.data.kind)}, not a place`, 'ref/part-of');
      else {
        const seen = new Set([e.id]);
        let cur: string | undefined = d.part_of;
        while (cur) {
          if (seen.has(cur)) {
            ref(e, ['part_of'], `part_of makes a loop (${[...seen, cur].join(' → ')})`, 'ref/part-of-cycle');
            break;
          }
          seen.add(cur);
          cur = entities.get(cur)?.data.part_of;
        }
      }
    }
  }

  // Claims: references, consistency and evidence rules.
  for (const c of claims.values()) {
    const d = c.data;
    const opinionKind = d.kind === 'opinion' || d.kind === 'recommendation';
    if (opinionKind && d.assessment !== 'opinion') ref(c, ['assessment'], `a claim of kind ${d.kind} is not checkable: its assessment must be "opinion"`, 'claim/opinion');
    if (!opinionKind && d.assessment === 'opinion') ref(c, ['assessment'], `assessment "opinion" is only for kinds opinion and recommendation; this claim is kind ${d.kind}`, 'claim/opinion');
    if (opinionKind && d.likelihood) ref(c, ['likelihood'], `remove likelihood: a ${d.kind} is not true or false, so it has no likelihood (ICD 203)`, 'claim/opinion-likelihood');
    if (!opinionKind && d.evidence.length === 0) ref(c, ['evidence'], `${/^[aeiou]/.test(d.kind) ? 'an' : 'a'} ${d.kind} claim needs at least one piece of evidence (source, stance, locator, credibility); if it cannot be checked, mark it kind opinion`, 'claim/no-evidence');
    if (d.assessment === 'refuted' && !d.evidence.some((ev) => ev.stance === 'contradicts')) ref(c, ['assessment'], 'a refuted claim needs at least one evidence item with stance "contradicts"', 'claim/refuted');
    if (typeof d.as_of === 'object' && d.as_of.from > d.as_of.to) ref(c, ['as_of', 'from'], `the range starts (${d.as_of.from}) after it ends (${d.as_of.to})`, 'claim/as-of-range');
    d.evidence.forEach((ev, i) => {
      if (!sources.has(ev.source) && absent('sources', ev.source)) ref(c, ['evidence', i, 'source'], missing('source', ev.source, sources, 'sources'), 'ref/source');
    });
    d.entities.forEach((id, i) => {
      const ent = entities.get(id);
      if (!ent) { if (absent('entities', id)) ref(c, ['entities', i], missing('entity', id, entities, 'entities'), 'ref/entity'); }
      else if (ent.data.kind === 'place') ref(c, ['entities', i], `"${id}" is a place: list it under places`, 'ref/entity-kind');
    });
    d.places.forEach((id, i) => {
      const ent = entities.get(id);
      if (!ent) { if (absent('entities', id)) ref(c, ['places', i], missing('place', id, entities, 'entities'), 'ref/place'); }
      else if (ent.data.kind !== 'place') ref(c, ['places', i], `"${id}" is ${article(ent.data.kind)}, not a place: list it under entities`, 'ref/entity-kind');
    });
    d.related.forEach((r, i) => {
      if (r.claim === c.id) ref(c, ['related', i, 'claim'], 'a claim cannot be related to itself', 'ref/claim-self');
      else if (!claims.has(r.claim) && absent('claims', r.claim)) ref(c, ['related', i, 'claim'], missing('claim', r.claim, claims, 'claims'), 'ref/claim');
    });

    // Warnings: weak but legal.
    const resolved = d.evidence.map((ev) => ({ ev, src: sources.get(ev.source)?.data }));
    if (d.confidence === 'high' && resolved.length > 0 && resolved.every(({ ev, src }) => ev.credibility === 6 || src?.reliability === 'E' || src?.reliability === 'F')) {
      warn({ file: c.file, ...c.parsed.locate(['confidence']), field: 'confidence', message: 'high confidence, but every piece of evidence is from an unreliable (E), unjudged (F) source or cannot be judged (6): consider moderate or low', rule: 'weak/high-confidence' });
    }
    const distinct = new Set(d.evidence.filter((ev) => ev.stance === 'supports').map((ev) => ev.source));
    if (d.assessment === 'corroborated' && distinct.size < 2) {
      warn({ file: c.file, ...c.parsed.locate(['assessment']), field: 'assessment', message: `corroborated on ${distinct.size} supporting source${distinct.size === 1 ? '' : 's'}: corroboration normally needs two independent sources (or say why one primary suffices in the notes)`, rule: 'weak/single-source' });
    }
  }

  for (const coll of [claims, sources, entities, reports] as Map<string, Entry<{ reviewed?: string }>>[]) {
    for (const e of coll.values()) {
      const reviewed = e.data.reviewed;
      if (reviewed && daysBetween(reviewed, today) > 365) warn({ file: e.file, ...e.parsed.locate(['reviewed']), field: 'reviewed', message: `last reviewed ${reviewed}, over a year ago: re-check it and update the date`, rule: 'stale/reviewed' });
    }
  }
  for (const s of sources.values()) {
    // A missing date is fine when dating_note says why (a living web page, an undated copy) and what bounds it.
    if (!s.data.published && !s.data.dating_note) warn({ file: s.file, ...s.parsed.locate([]), field: 'published', message: 'the source has no publication date: add published (YYYY, YYYY-MM or YYYY-MM-DD), or, if none can be found, say in dating_note why and what is known', rule: 'source/no-date' });
  }

  // Reports: spans, provenance, entities.
  for (const r of reports.values()) {
    for (const s of r.spans) {
      if (!claims.has(s.claimId) && absent('claims', s.claimId)) err({ file: r.file, line: s.line, col: s.col, field: 'body', message: `<Claim id="${s.claimId}">: ${missing('claim', s.claimId, claims, 'claims')}`, rule: 'ref/claim' });
    }
    if (r.spans.length === 0) warn({ file: r.file, line: r.parsed.bodyLine, col: 1, field: 'body', message: 'the report marks no claims: wrap each claim in <Claim id="…">…</Claim>', rule: 'report/no-claims' });
    r.data.provenance.forEach((p, i) => {
      if (!sources.has(p.source) && absent('sources', p.source)) ref(r, ['provenance', i, 'source'], missing('source', p.source, sources, 'sources'), 'ref/source');
    });
    r.data.entities.forEach((id, i) => {
      if (!entities.has(id) && absent('entities', id)) ref(r, ['entities', i], missing('entity', id, entities, 'entities'), 'ref/entity');
    });
  }

  // Internal links in every body must resolve.
  const pools: Record<string, Map<string, unknown>> = { claims, sources, entities, reports };
  for (const coll of [claims, sources, entities, reports] as Map<string, Entry<unknown>>[]) {
    for (const e of coll.values()) {
      for (const link of e.links) {
        const clean = link.url.split(/[?#]/)[0]!;
        const parts = clean.split('/').filter(Boolean);
        const section = parts[0] ?? '';
        const fail = (why: string) => err({ file: e.file, line: link.line, col: link.col, field: 'body', message: `link "${link.url}" ${why}`, rule: 'ref/link' });
        if (!SITE_SECTIONS.has(section)) fail(`points to no page of this site.${suggestion(section, [...SITE_SECTIONS].filter(Boolean))}`);
        else if (pools[section] && parts[1] && !pools[section]!.has(parts[1]) && absent(section as CollectionName, parts[1])) fail(`points to a missing page: ${missing(SINGULAR[section as CollectionName], parts[1], pools[section]!, section)}`);
        else if (parts.length > 2) fail('has too many path segments');
      }
    }
  }

  const sorted = sortDiagnostics(diagnostics);
  if (sorted.some((d) => d.severity === 'error')) return { corpus: null, diagnostics: sorted, files };
  return { corpus: link(entries), diagnostics: sorted, files };
}

const href = (collection: CollectionName, id: string) => `/${ROUTE_OF[collection]}/${id}/`;

/** Builds the typed corpus with every derived backlink. Assumes all references resolve. */
function link(entries: { claims: Map<string, Entry<ClaimData>>; sources: Map<string, Entry<SourceData>>; entities: Map<string, Entry<EntityData>>; reports: Map<string, Entry<ReportData>> }): Corpus {
  const base = <T>(collection: CollectionName, e: Entry<T>) => ({ id: e.id, href: href(collection, e.id), file: e.file, body: e.body, plainText: e.plainText });

  const reportOrder = [...entries.reports.values()].sort((a, b) => (b.data.published ?? '').localeCompare(a.data.published ?? '') || a.data.title.localeCompare(b.data.title));
  const firstAppearance = new Map<string, number>();
  let order = 0;
  for (const r of reportOrder) for (const s of r.spans) if (!firstAppearance.has(s.claimId)) firstAppearance.set(s.claimId, order++);

  const claims: Claim[] = [...entries.claims.values()]
    .sort((a, b) => (firstAppearance.get(a.id) ?? Infinity) - (firstAppearance.get(b.id) ?? Infinity) || a.data.title.localeCompare(b.data.title))
    .map((e) => ({
      ...base('claims', e),
      ...e.data,
      type: 'claim' as const,
      evidence: e.data.evidence.map((ev) => {
        const s = entries.sources.get(ev.source)!;
        return { ...ev, sourceRef: { id: s.id, href: href('sources', s.id), title: s.data.title, publisher: s.data.publisher, reliability: s.data.reliability } };
      }),
      related: e.data.related.map((r) => {
        const t = entries.claims.get(r.claim)!;
        return { ...r, claimRef: { id: t.id, href: href('claims', t.id), title: t.data.title, assessment: t.data.assessment } };
      }),
      relatedBy: [],
      appearsIn: [],
    }));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  for (const c of claims) {
    for (const r of c.related) claimById.get(r.claim)!.relatedBy.push({ id: c.id, href: c.href, title: c.title, assessment: c.assessment, relation: r.relation });
  }

  const reports: Report[] = reportOrder.map((e) => {
    const distinct: string[] = [];
    for (const s of e.spans) if (!distinct.includes(s.claimId)) distinct.push(s.claimId);
    const profile = Object.fromEntries(ASSESSMENT.ids.map((a) => [a, 0])) as Record<Assessment, number>;
    for (const id of distinct) profile[claimById.get(id)!.assessment]++;
    return {
      ...base('reports', e),
      ...e.data,
      type: 'report' as const,
      spans: e.spans.map((s) => ({ claimId: s.claimId, paragraph: s.paragraph, text: s.text })),
      claims: distinct.map((id) => {
        const c = claimById.get(id)!;
        return { id, href: c.href, title: c.title, assessment: c.assessment, kind: c.kind };
      }),
      profile,
      paragraphs: e.paragraphs,
    };
  });
  for (const r of reports) {
    const seen = new Set<string>();
    for (const s of r.spans) {
      if (seen.has(s.claimId)) continue;
      seen.add(s.claimId);
      claimById.get(s.claimId)!.appearsIn.push({ id: r.id, href: r.href, title: r.title, span: s.text, paragraph: s.paragraph });
    }
  }

  const sources: Source[] = [...entries.sources.values()]
    .sort((a, b) => a.data.title.localeCompare(b.data.title))
    .map((e) => ({ ...base('sources', e), ...e.data, type: 'source' as const, citedBy: [], provenanceOf: [] }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const c of claims) for (const ev of c.evidence) sourceById.get(ev.source)!.citedBy.push({ id: c.id, href: c.href, title: c.title, assessment: c.assessment, stance: ev.stance, locator: ev.locator, credibility: ev.credibility });
  for (const r of reports) for (const p of r.provenance) sourceById.get(p.source)!.provenanceOf.push({ id: r.id, href: r.href, title: r.title, relation: p.relation });

  const entities: Entity[] = [...entries.entities.values()]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((e) => ({ ...base('entities', e), ...e.data, type: 'entity' as const, ancestors: [], children: [], mentionedIn: [], reports: [] }));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    let cur = e.part_of ? entityById.get(e.part_of) : undefined;
    while (cur) {
      e.ancestors.push({ id: cur.id, href: cur.href, name: cur.name });
      cur = cur.part_of ? entityById.get(cur.part_of) : undefined;
    }
    if (e.part_of) entityById.get(e.part_of)!.children.push({ id: e.id, href: e.href, name: e.name });
  }
  for (const c of claims) for (const id of new Set([...c.entities, ...c.places])) entityById.get(id)!.mentionedIn.push({ id: c.id, href: c.href, title: c.title, assessment: c.assessment });
  for (const r of reports) {
    const ids = new Set(r.entities);
    for (const rc of r.claims) {
      const c = claimById.get(rc.id)!;
      for (const id of [...c.entities, ...c.places]) ids.add(id);
    }
    for (const id of ids) entityById.get(id)!.reports.push({ id: r.id, href: r.href, title: r.title });
  }

  return { claims, sources, entities, reports };
}
