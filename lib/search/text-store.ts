/**
 * Holds the text shards that have been loaded and answers `TextSource.get` from them.
 */
import type { DocText, TextSource } from './engine';
import { shardOfDoc, type TextShardData } from './codec';

export class TextStore implements TextSource {
  private readonly shards = new Map<number, TextShardData>();

  constructor(private readonly shardStarts: readonly number[]) {}

  /** Shard number of a document. */
  shardOf(doc: number): number {
    return shardOfDoc(this.shardStarts, doc);
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
