/**
 * The page's handle on search. Queries go to a Web Worker (created on first use, so the index
 * is fetched only when a reader starts searching); where workers are unavailable or fail to
 * start, the same code runs on the main thread instead.
 */
import { SEARCH_WORKER_URL } from './codec';
import type { SearchOptions, SearchResponse } from './engine';
import type { HostUrls, SearchHost } from './host';
import type { FromWorker, ToWorker } from './protocol';

export interface SearchCallbacks {
  /** Called with results, possibly twice: again with snippets once their text has arrived (`final`). */
  onResults: (response: SearchResponse, final: boolean) => void;
  onError?: (message: string) => void;
}

export interface SearchClient {
  /** Starts fetching the index (call when the reader shows intent: focus, or opening /search). */
  load(): void;
  /** Runs a query; returns a function that drops its pending callbacks. */
  search(query: string, options: SearchOptions, callbacks: SearchCallbacks): () => void;
}

export interface SearchClientOptions {
  /** Creates the worker; the default loads the bundle of `search.worker.ts` the build emits. Return undefined to run on the main thread. */
  createWorker?: () => Worker | undefined;
  urls?: HostUrls;
}

/**
 * The worker is bundled by the build itself (lib/emit/search-worker.ts) and loaded by its fixed URL:
 * Next's bundler does not bundle `new Worker(new URL(…))` reliably (it shipped the raw .ts source,
 * which a browser cannot run, so search silently fell back to the main thread).
 */
function defaultWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(SEARCH_WORKER_URL, { name: 'search' });
}

/** Where search runs, for readers' tools and tests: `worker` once the worker has answered, `main-thread` after a fallback. */
const mark = (where: 'worker' | 'main-thread') => {
  if (typeof document !== 'undefined') document.documentElement.dataset.searchEngine = where;
};

export function createSearchClient(options: SearchClientOptions = {}): SearchClient {
  let worker: Worker | undefined;
  let started = false;
  let fallback: Promise<SearchHost> | undefined;
  let nextId = 1;
  const inflight = new Map<number, { query: string; options: SearchOptions; callbacks: SearchCallbacks }>();

  const loadFallback = () => {
    mark('main-thread');
    fallback ??= import('./host').then(({ SearchHost }) => {
      const host = new SearchHost(undefined, options.urls);
      void host.load().catch(() => undefined);
      return host;
    });
    return fallback;
  };

  const runOnMainThread = (id: number) => {
    const job = inflight.get(id);
    if (!job) return;
    void loadFallback()
      .then((host) =>
        host.search(id, job.query, job.options, (response, final) => {
          if (!inflight.has(id)) return;
          if (final) inflight.delete(id);
          job.callbacks.onResults(response, final);
        }),
      )
      .catch((e: unknown) => {
        inflight.delete(id);
        job.callbacks.onError?.(String((e as Error)?.message ?? e));
      });
  };

  const abandonWorker = () => {
    worker?.terminate();
    worker = undefined;
    for (const id of inflight.keys()) runOnMainThread(id);
  };

  const start = () => {
    if (started) return;
    started = true;
    try {
      worker = (options.createWorker ?? defaultWorker)();
    } catch {
      worker = undefined;
    }
    if (!worker) {
      void loadFallback();
      return;
    }
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.type === 'loaded') mark('worker');
      if (msg.type === 'results') {
        const job = inflight.get(msg.id);
        if (!job) return;
        if (msg.final) inflight.delete(msg.id);
        job.callbacks.onResults(msg.response, msg.final);
      } else if (msg.type === 'error' && msg.id !== undefined) {
        const job = inflight.get(msg.id);
        inflight.delete(msg.id);
        job?.callbacks.onError?.(msg.message);
      }
    };
    // The worker script itself failed (blocked, or a bundling problem): search on the main thread.
    worker.onerror = (e) => {
      e.preventDefault?.();
      abandonWorker();
    };
    post({ type: 'load', ...(options.urls ? { urls: options.urls } : {}) });
  };

  const post = (msg: ToWorker) => worker?.postMessage(msg);

  return {
    load: start,
    search(query, searchOptions, callbacks) {
      start();
      const id = nextId++;
      // Only the newest query matters: older ones get no more callbacks.
      for (const old of inflight.keys()) inflight.delete(old);
      inflight.set(id, { query, options: searchOptions, callbacks });
      if (worker) post({ type: 'search', id, query, options: searchOptions });
      else runOnMainThread(id);
      return () => {
        inflight.delete(id);
      };
    },
  };
}

let shared: SearchClient | undefined;

/** The page-wide client (one worker, one copy of the index, shared by the header box and /search). */
export function getSearchClient(): SearchClient {
  shared ??= createSearchClient();
  return shared;
}
