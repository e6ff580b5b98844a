/** Messages between the page and the search worker. */
import type { SearchOptions, SearchResponse } from './engine';
import type { HostUrls } from './host';

export type ToWorker =
  { type: 'load'; urls?: HostUrls } | { type: 'search'; id: number; query: string; options: SearchOptions };

export type FromWorker =
  | { type: 'loaded' }
  | { type: 'results'; id: number; response: SearchResponse; final: boolean }
  | { type: 'error'; id?: number; message: string };
