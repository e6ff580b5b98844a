/**
 * A build output. Every file the build makes besides Next's pages comes from an emitter over the
 * validated corpus (and, for passes over the finished site, the exported pages): one file per
 * output and one line in `EMITTERS` (index.ts). `scripts/build.ts` writes them into the staging
 * folder, so a failing emitter leaves `out/` untouched; `npm run dev` serves the same files.
 */
import type { Corpus } from '../model/corpus';

export interface EmittedFile {
  /** Site-relative path without a leading slash, e.g. `search/text/0.json`. */
  path: string;
  content: string | Uint8Array;
}

export interface Emitter {
  name: string;
  /** Files derived from the corpus alone. */
  files?(corpus: Corpus): EmittedFile[];
  /** A pass over the exported site, after every emitter's files are written; may rewrite pages. Returns a summary. */
  site?(dir: string, corpus: Corpus): string | void;
}
