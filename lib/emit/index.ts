/**
 * Every build output besides Next's pages, in the order they run: emitters that make files first,
 * then passes over the finished site. The Content-Security-Policy pass hashes the final HTML, so
 * it stays last.
 */
import { contentSecurityPolicy } from './csp';
import type { Emitter } from './emitter';
import { jsonSchemas } from './json-schemas';
import { placeholders } from './placeholders';
import { searchCheck } from './search-check';
import { searchIndex } from './search-index';
import { searchWorker } from './search-worker';

export type { EmittedFile, Emitter } from './emitter';

export const EMITTERS: Emitter[] = [searchIndex, searchWorker, jsonSchemas, placeholders, searchCheck, contentSecurityPolicy];
