/**
 * Maps the typed collections to the flat records search indexes. The site's index route and
 * the benchmark both go through `toSearchDocuments`, so what is measured is what ships.
 */
import { COLLECTIONS, type CollectionType } from '@/lib/model/collections';
import type { Corpus } from '@/lib/model/corpus';
import type { Assessment } from '@/lib/model/scales';

/** One searchable record: the text of each weighted field, plus what a result shows. */
export interface SearchDocument {
  type: CollectionType;
  id: string;
  href: string;
  /** Claim or source or report title; entity name. Weighted highest. */
  title: string;
  /** Other names a reader may type: entity aliases and original-script names; a source's document symbol. Weighted like the title. */
  aliases: string[];
  /** The one-sentence gist: a claim's statement, an entity's summary, a source's publisher and author, a report's summary. */
  meta: string;
  /** Everything else, as plain text (the MDX body without markup, a claim's rationale). */
  body: string;
  /** Ids of the entities the record lists (a claim's `entities` and `places`, a report's `entities`). */
  refs: string[];
  /** A claim's assessment. */
  assessment?: Assessment;
  /** The record's kind within its collection (claim kind, entity kind, source kind, report kind). */
  kind?: string;
  /** A superseded or withdrawn claim: found, but ranked after every current record. */
  retired?: boolean;
}

function uniqueStrings(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const v = value?.trim();
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

function join(...parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0).join(' · ');
}

/** The corpus as search records, in a stable order (entities, claims, sources, reports; by id within each). */
export function toSearchDocuments(corpus: Corpus): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const e of corpus.entities) {
    docs.push({
      type: 'entity',
      id: e.id,
      href: e.href,
      title: e.name,
      aliases: uniqueStrings([...e.aliases, ...e.original_names.map((n) => n.text)]),
      meta: e.summary,
      body: e.plainText,
      refs: [],
      kind: e.kind,
    });
  }
  for (const c of corpus.claims) {
    docs.push({
      type: 'claim',
      id: c.id,
      href: c.href,
      title: c.displayTitle,
      aliases: [],
      meta: c.statement,
      body: join(c.plainText, c.rationale),
      refs: uniqueStrings([...c.entities, ...c.places].map((e) => e.id)),
      assessment: c.assessment,
      kind: c.kind,
      ...(c.status ? { retired: true } : {}),
    });
  }
  for (const s of corpus.sources) {
    docs.push({
      type: 'source',
      id: s.id,
      href: s.href,
      title: s.title,
      aliases: uniqueStrings([s.document_symbol]),
      meta: join(s.publisher, s.author),
      body: s.plainText,
      refs: [],
      kind: s.kind,
    });
  }
  for (const r of corpus.reports) {
    docs.push({
      type: 'report',
      id: r.id,
      href: r.href,
      title: r.title,
      aliases: [],
      meta: join(r.summary, r.author, r.publisher),
      body: r.plainText,
      refs: uniqueStrings(r.entities.map((e) => e.id)),
      kind: r.kind,
    });
  }
  const rank = (t: CollectionType) => COLLECTIONS[t].searchRank;
  return docs.sort((a, b) => rank(a.type) - rank(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
