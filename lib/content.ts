/**
 * The one module pages use to get content. It loads, validates and cross-links `content/` once
 * per process and hands out typed collections; pages never touch the file system. Invalid content
 * throws a ContentError listing every problem, so a build can never publish it.
 */
import path from 'node:path';
import { ContentError } from './diagnostics';
import { loadContent } from './load';
import type { Claim, Corpus, Entity, Report, Source } from './types';

let cached: Corpus | undefined;

export function getCorpus(): Corpus {
  if (cached) return cached;
  // CORROBORATE_CONTENT_DIR lets tests build the site from fixture content.
  const result = loadContent(path.resolve(process.env.CORROBORATE_CONTENT_DIR ?? 'content'));
  if (!result.corpus) throw new ContentError(result.diagnostics);
  cached = result.corpus;
  return cached;
}

const find = <T extends { id: string }>(list: T[], id: string): T | undefined => list.find((d) => d.id === id);

export const getClaim = (id: string): Claim | undefined => find(getCorpus().claims, id);
export const getSource = (id: string): Source | undefined => find(getCorpus().sources, id);
export const getEntity = (id: string): Entity | undefined => find(getCorpus().entities, id);
export const getReport = (id: string): Report | undefined => find(getCorpus().reports, id);
