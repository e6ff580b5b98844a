/**
 * The open-data downloads as emitters (lib/model/open-data.ts names the files): the knowledge
 * base as JSON with its JSON Schema, the CSV files, STIX 2.1 bundles and W3C Web Annotations.
 * `openDataFiles` is also what the data page runs to show each file's size: the same pure
 * builders over the same corpus, so the sizes it shows are those of the files written.
 */
import type { Corpus } from '../model/corpus';
import { SITE, type SiteIdentity } from '../model/site';
import { annotationFiles } from './annotations';
import { csvFiles } from './csv';
import type { EmittedFile, Emitter } from './emitter';
import { knowledgeBaseFiles } from './kb-json';
import { stixFiles } from './stix';

export const knowledgeBaseJson: Emitter = {
  name: 'Open data: JSON and its JSON Schema',
  files: (corpus) => knowledgeBaseFiles(corpus),
};
export const csvDownloads: Emitter = { name: 'Open data: CSV', files: (corpus) => csvFiles(corpus) };
export const stixDownloads: Emitter = { name: 'Open data: STIX 2.1', files: (corpus) => stixFiles(corpus) };
export const webAnnotations: Emitter = {
  name: 'Open data: W3C Web Annotations',
  files: (corpus) => annotationFiles(corpus),
};

/** Every open-data file, as the emitters above write them. */
export function openDataFiles(corpus: Corpus, identity: Pick<SiteIdentity, 'url'> = SITE): EmittedFile[] {
  return [
    ...knowledgeBaseFiles(corpus, identity),
    ...csvFiles(corpus),
    ...stixFiles(corpus, identity),
    ...annotationFiles(corpus, identity),
  ];
}

/** Size in bytes of each open-data file, by path. */
export function openDataSizes(corpus: Corpus): Record<string, number> {
  return Object.fromEntries(
    openDataFiles(corpus).map((f) => [
      f.path,
      typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength,
    ]),
  );
}
