// Inverted index from a story's top terms and entities to the story, so an article meets only a few candidates.
export class StoryIndex {
  // Each posting list keeps the most recently touched stories last and is capped, so lookups stay flat in cost
  // however many stories share a common term; old stories drop out, which time decay would demand anyway.
  private readonly postings = new Map<string, string[]>();
  private readonly touched = new Map<string, number>();
  private clock = 0;

  constructor(private readonly maxPostings: number) {}

  /** Records (or refreshes) `storyId` under each key. */
  add(storyId: string, keys: Iterable<string>): void {
    this.touched.set(storyId, (this.clock += 1));
    for (const key of keys) {
      const list = this.postings.get(key) ?? [];
      const at = list.indexOf(storyId);
      if (at >= 0) list.splice(at, 1);
      list.push(storyId);
      if (list.length > this.maxPostings) list.shift();
      this.postings.set(key, list);
    }
  }

  /** Forgets a story (merged away) under the keys it was indexed by. */
  remove(storyId: string, keys: Iterable<string>): void {
    this.touched.delete(storyId);
    for (const key of keys) {
      const list = this.postings.get(key);
      const at = list?.indexOf(storyId) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
  }

  /**
   * Stories sharing at least one key that pass `accept` (the caller's time window), by number of shared keys,
   * then most recently touched; at most `limit`.
   */
  candidates(keys: Iterable<string>, limit: number, accept: (storyId: string) => boolean): string[] {
    const hits = new Map<string, number>();
    const rejected = new Set<string>();
    for (const key of keys) {
      for (const storyId of this.postings.get(key) ?? []) {
        if (rejected.has(storyId)) continue;
        if (!hits.has(storyId) && !accept(storyId)) {
          rejected.add(storyId);
          continue;
        }
        hits.set(storyId, (hits.get(storyId) ?? 0) + 1);
      }
    }
    const recency = (storyId: string) => this.touched.get(storyId) ?? 0;
    return [...hits.keys()]
      .sort((a, b) => (hits.get(b) ?? 0) - (hits.get(a) ?? 0) || recency(b) - recency(a))
      .slice(0, limit);
  }
}
