/**
 * Every build output besides Next's pages, in the order they run: emitters that make files first,
 * then passes over the finished site. The Content-Security-Policy pass hashes the final HTML, so
 * it stays last (after the JSON-LD pass writes its blocks).
 */
import { claimFacetsFile } from './claim-facets';
import { contentSecurityPolicy } from './csp';
import type { Emitter } from './emitter';
import { feeds } from './feeds';
import { jsonLd } from './json-ld';
import { jsonSchemas } from './json-schemas';
import { csvDownloads, knowledgeBaseJson, stixDownloads, webAnnotations } from './open-data';
import { navigationPayloads } from './payloads';
import { placeholders } from './placeholders';
import { previews } from './previews';
import { searchCheck } from './search-check';
import { searchIndex } from './search-index';
import { searchWorker } from './search-worker';
import { siteIdentityNotes } from './site-identity';

export type { EmittedFile, Emitter } from './emitter';

export const EMITTERS: Emitter[] = [
  searchIndex,
  searchWorker,
  jsonSchemas,
  knowledgeBaseJson,
  csvDownloads,
  stixDownloads,
  webAnnotations,
  feeds,
  previews,
  claimFacetsFile,
  placeholders,
  navigationPayloads,
  siteIdentityNotes,
  searchCheck,
  jsonLd,
  contentSecurityPolicy,
];
