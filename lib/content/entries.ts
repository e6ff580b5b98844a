/**
 * What the stages of the content layer pass to each other: one entry per valid file, with its
 * parsed front matter (for positions), its data and what its body yields.
 */
import type { CollectionType } from '../model/collections';
import type { BodyNode } from '../model/corpus';
import type { ClaimData, EntityData, ReportData, SourceData } from '../model/schema';
import type { Link, MdxSpan } from './body';
import type { Diagnostic } from './diagnostics';
import type { ParsedFile } from './frontmatter';

export interface Entry<T> {
  id: string;
  /** Path for diagnostics and edit links, e.g. `content/claims/x.mdx`. */
  file: string;
  data: T;
  parsed: ParsedFile;
  tree: BodyNode;
  plainText: string;
  spans: MdxSpan[];
  links: Link[];
  /** Plain text of each paragraph of the body. */
  paragraphs: string[];
}

export interface Entries {
  claim: Map<string, Entry<ClaimData>>;
  source: Map<string, Entry<SourceData>>;
  entity: Map<string, Entry<EntityData>>;
  report: Map<string, Entry<ReportData>>;
}

/** Ids whose file exists, valid or not: a reference to an invalid file is not also reported as missing. */
export type Existing = Record<CollectionType, Set<string>>;

/** Where stages put what they find. */
export interface Reporter {
  error(d: Omit<Diagnostic, 'severity'>): void;
  warn(d: Omit<Diagnostic, 'severity'>): void;
  all: Diagnostic[];
}

export function createReporter(): Reporter {
  const all: Diagnostic[] = [];
  return {
    all,
    error: (d) => all.push({ ...d, severity: 'error' }),
    warn: (d) => all.push({ ...d, severity: 'warning' }),
  };
}

/** A diagnostic at a front-matter path of an entry. */
export function at(e: Entry<unknown>, path: readonly PropertyKey[]) {
  return { file: e.file, ...e.parsed.locate(path), field: formatPath(path) };
}

export function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), '');
}
