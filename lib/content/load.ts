/**
 * The content layer's entry point: reads, validates and links the whole of `content/` in one
 * pass, stage by stage (read → front matter → schema and text → body → rules across files → link).
 * It never stops at the first problem: every error and warning is collected with its file, line,
 * column and field. The corpus is returned only when there is no error, so nothing is built from
 * bad content.
 */
import type { CollectionType } from '../model/collections';
import type { Corpus } from '../model/corpus';
import type { ClaimData, EntityData, ReportData, SourceData } from '../model/schema';
import { cacheKey, type FileCache } from './cache';
import { type Diagnostic, sortDiagnostics } from './diagnostics';
import { createReporter, type Entries, type Entry } from './entries';
import { checkFile, toEntry } from './file-check';
import { buildCorpus, type Facts, NO_FACTS } from './link';
import { readContentTree } from './read';
import type { SourceFacts } from './lineage';
import { reuseRules } from './reuse-rules';
import { crossFileRules } from './rules';

export { MAX_FILE_BYTES } from './read';

export interface LoadOptions {
  /** The day warnings about stale reviews are measured from (YYYY-MM-DD); defaults to today. */
  today?: string;
  /** Prefix for file paths in diagnostics (relative to the repository root). Default `content`. */
  displayRoot?: string;
  /** Git facts (last changed, assessment history) for the linked corpus; none by default. */
  facts?: Facts;
  /**
   * Link the corpus even when the only errors are judgements (rules of evidence, report form), not
   * broken files or references: for comparing with content written under older rules (`npm run review`).
   * Never for building the site.
   */
  lenient?: boolean;
  /** Checked files from earlier runs (cache.ts): only files whose text changed are checked again. */
  cache?: FileCache;
  /** The commit the content was read from (40 hexadecimal digits), recorded in the corpus for citations. */
  commit?: string | null;
}

/** Errors that leave every reference resolvable, so a corpus can still be linked for comparison. */
const JUDGEMENT = /^(evidence|claim|report|reuse)\//;

export interface LoadResult {
  corpus: Corpus | null;
  diagnostics: Diagnostic[];
  files: number;
}

export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const displayRoot = options.displayRoot ?? 'content';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const report = createReporter();
  const { files, existing, count } = readContentTree(contentDir, displayRoot, report);
  const entries: Entries = { claim: new Map(), source: new Map(), entity: new Map(), report: new Map() };

  for (const raw of files) {
    const key = options.cache ? cacheKey(raw.type, raw.file, raw.text) : '';
    let checked = options.cache?.get(key);
    if (!checked) {
      checked = checkFile(raw.type, raw.id, raw.file, raw.text);
      // A parse cut short by its deadline depends on how busy the machine was, not on the text alone: never kept.
      if (!checked.diagnostics.some((d) => d.rule === 'mdx/too-slow')) options.cache?.set(key, checked);
    }
    report.all.push(...checked.diagnostics);
    if (checked.entry) addEntry(entries, raw.type, toEntry(checked.entry));
  }
  options.cache?.sweep();

  crossFileRules({ entries, existing, report, displayRoot, today });
  const sources = new Map<string, SourceFacts>([...entries.source].map(([id, e]) => [id, e.data]));
  const reuse = reuseRules(entries, sources, report);

  const diagnostics = sortDiagnostics(report.all);
  const blocking = diagnostics.filter((d) => d.severity === 'error' && !(options.lenient && JUDGEMENT.test(d.rule)));
  if (blocking.length) return { corpus: null, diagnostics, files: count };
  return { corpus: buildCorpus(entries, options.facts ?? NO_FACTS, reuse, { today, commit: options.commit ?? null }), diagnostics, files: count };
}

function addEntry(entries: Entries, type: CollectionType, entry: Entry<unknown>): void {
  if (type === 'claim') entries.claim.set(entry.id, entry as Entry<ClaimData>);
  else if (type === 'source') entries.source.set(entry.id, entry as Entry<SourceData>);
  else if (type === 'entity') entries.entity.set(entry.id, entry as Entry<EntityData>);
  else entries.report.set(entry.id, entry as Entry<ReportData>);
}
