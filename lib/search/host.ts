/**
 * Owns the engine and the loaded text shards on whichever thread search runs (the Web Worker,
 * or the main thread when workers are unavailable). Fetches the index on first use, and the
 * text shards only for the results it has to show.
 */
import { type SearchOptions, type SearchResponse, SearchEngine } from './engine';
import { INDEX_URL, type SearchIndexData, type TextShardData, textShardUrl } from './codec';
import { TextStore } from './text-store';

/** Where to fetch from (defaults: the site's routes). Plain strings, so they can be posted to a worker. */
export interface HostUrls {
  index?: string;
  /** Text shard n is fetched from `${shardBase}${n}.json`. */
  shardBase?: string;
}

/** Load every shard up front when there are this few (a small site: one round of requests). */
const PREFETCH_ALL_SHARDS = 8;
/** Follow-up rounds for text shards (snippets, exact phrases) per query. */
const MAX_ROUNDS = 3;

export class SearchHost {
  private ready: Promise<{ engine: SearchEngine; store: TextStore }> | undefined;
  private readonly pending = new Map<number, Promise<void>>();
  private latest = 0;

  constructor(
    private readonly fetchJson: (url: string) => Promise<unknown> = defaultFetchJson,
    private readonly urls: HostUrls = {},
  ) {}

  /** Starts loading the index (idempotent). */
  load(): Promise<{ engine: SearchEngine; store: TextStore }> {
    this.ready ??= (async () => {
      const data = (await this.fetchJson(this.urls.index ?? INDEX_URL)) as SearchIndexData;
      const engine = new SearchEngine(data);
      const store = new TextStore(engine.shardStarts);
      const shardCount = engine.shardStarts.length - 1;
      if (shardCount <= PREFETCH_ALL_SHARDS) {
        for (let s = 0; s < shardCount; s++) void this.loadShard(store, s).catch(() => undefined);
      }
      return { engine, store };
    })();
    this.ready.catch(() => {
      this.ready = undefined; // let a later use try again
    });
    return this.ready;
  }

  private loadShard(store: TextStore, shard: number): Promise<void> {
    if (store.has(shard)) return Promise.resolve();
    let p = this.pending.get(shard);
    if (!p) {
      const url = textShardUrl(shard, this.urls.shardBase);
      p = this.fetchJson(url).then(
        (data) => {
          store.add(shard, data as TextShardData);
          this.pending.delete(shard);
        },
        (e: unknown) => {
          this.pending.delete(shard);
          throw e;
        },
      );
      this.pending.set(shard, p);
    }
    return p;
  }

  /**
   * Answers a query: first with what is loaded, then again (at most a few times) once the text
   * shards its results need have arrived. Superseded queries get no follow-ups.
   */
  async search(
    id: number,
    query: string,
    options: SearchOptions,
    emit: (r: SearchResponse, final: boolean) => void,
  ): Promise<void> {
    this.latest = Math.max(this.latest, id);
    const { engine, store } = await this.load();
    for (let round = 0; ; round++) {
      if (id < this.latest) return;
      const response = engine.search(query, options, store);
      const last = response.missingText.length === 0 || round >= MAX_ROUNDS;
      emit(response, last);
      if (last) return;
      const shards = new Set(response.missingText.map((d) => store.shardOf(d)));
      try {
        await Promise.all([...shards].map((s) => this.loadShard(store, s)));
      } catch {
        if (id === this.latest) emit({ ...response, missingText: [] }, true);
        return;
      }
    }
  }
}

async function defaultFetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}
