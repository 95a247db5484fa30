import { LRUCache } from 'lru-cache';
import { readCacheLookups } from '../metrics';
import type { Params, Row } from './graph-engine';

/**
 * Answers of read statements, kept while the graph cannot have changed. Only for the embedded engine:
 * its database lives in this process and changes only through the engine's own write(), which bumps
 * the generation and empties the cache; a Neo4j database can be written by anyone, so it gets none.
 *
 * Correct by construction, not by expiry:
 * - a read remembers the generation it started in and stores its rows only if no write began or ended
 *   meanwhile, so rows read before a load never outlive it;
 * - rows are deep-frozen when stored, so a caller that tried to change a shared answer would throw
 *   instead of corrupting the next request's.
 * Bounded by the number of rows held, least recently used statements first. An empty answer counts as one
 * row: lru-cache weighs every entry at least 1, and so an unbounded number of empty answers is not kept.
 */
export class ReadCache {
  /** Undefined when off: lru-cache needs a positive bound. */
  private readonly entries: LRUCache<string, readonly Row[]> | undefined;
  private currentGeneration = 0;
  hits = 0;

  constructor(maxRows: number) {
    this.entries =
      maxRows > 0 ? new LRUCache({ maxSize: maxRows, sizeCalculation: (rows) => Math.max(1, rows.length) }) : undefined;
  }

  get enabled(): boolean {
    return this.entries !== undefined;
  }

  get generation(): number {
    return this.currentGeneration;
  }

  get size(): { statements: number; rows: number } {
    return { statements: this.entries?.size ?? 0, rows: this.entries?.calculatedSize ?? 0 };
  }

  /**
   * Parameters as JSON in the order they were given: each statement is asked for from one place, which
   * builds its parameters in one order (another order would only be a miss, never a wrong answer).
   */
  static key(query: string, params: Params): string {
    return `${query}\u0000${JSON.stringify(params)}`;
  }

  get(key: string): readonly Row[] | undefined {
    if (!this.entries) return undefined;
    const rows = this.entries.get(key);
    if (rows !== undefined) this.hits += 1;
    readCacheLookups.inc(HIT_OR_MISS[rows === undefined ? 1 : 0]);
    return rows;
  }

  /**
   * Stores `rows` read during `generation`; ignored when a write has begun or ended since. An answer
   * larger than the whole cache is not kept (lru-cache's maxEntrySize defaults to its maxSize).
   */
  set(key: string, rows: Row[], generation: number): readonly Row[] {
    if (!this.entries || generation !== this.currentGeneration || rows.length > this.entries.maxSize) return rows;
    const frozen = deepFreeze(rows);
    this.entries.set(key, frozen);
    return frozen;
  }

  /** A write begins or ends: everything read so far, and everything being read now, is forgotten. */
  invalidate(): void {
    this.currentGeneration += 1;
    this.entries?.clear();
  }
}

/** The two label sets, made once: a lookup costs a counter increment and nothing else. */
const HIT_OR_MISS = [{ result: 'hit' }, { result: 'miss' }] as const;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
