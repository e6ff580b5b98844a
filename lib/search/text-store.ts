/**
 * Holds the text shards that have been loaded and answers `TextSource.get` from them.
 */
import type { DocText, TextSource } from './engine';
import type { TextShardData } from './format';

export class TextStore implements TextSource {
  private readonly shards = new Map<number, TextShardData>();

  constructor(private readonly shardStarts: readonly number[]) {}

  /** Shard number of a document. */
  shardOf(doc: number): number {
    let lo = 0;
    let hi = this.shardStarts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.shardStarts[mid]! <= doc) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  has(shard: number): boolean {
    return this.shards.has(shard);
  }

  add(shard: number, data: TextShardData): void {
    this.shards.set(shard, data);
  }

  get(doc: number): DocText | undefined {
    const shard = this.shards.get(this.shardOf(doc));
    const row = shard?.docs[doc - shard.start];
    return row ? { meta: row[0], body: row[1] } : undefined;
  }
}
