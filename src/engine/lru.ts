/**
 * A map that keeps at most `capacity` units of weight (by default one a value), dropping the least
 * recently used entries first. A value heavier than the whole capacity is not kept. Capacity 0: nothing is.
 */
export class Lru<V> {
  private readonly entries = new Map<string, V>();
  private held = 0;

  constructor(
    readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get size(): { entries: number; weight: number } {
    return { entries: this.entries.size, weight: this.held };
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Re-inserted: Map order is the recency order the eviction walks.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    const weight = this.weigh(value);
    if (weight > this.capacity) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.held -= this.weigh(previous);
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.held += weight;
    for (const [oldest, kept] of this.entries) {
      if (this.held <= this.capacity) break;
      this.entries.delete(oldest);
      this.held -= this.weigh(kept);
    }
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }
}
