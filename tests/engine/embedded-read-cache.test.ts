import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedEngine } from '../../src/engine/embedded-engine';
import { ReadCache } from '../../src/engine/read-cache';
import { EmbeddedSearch } from '../../src/search/search-service';
import { SEARCH_KINDS } from '../../src/search/searchable';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { copyOfSeed, seedSnapshot, validatedSeed } from '../utils/shared-seed';

const vgzName = async (engine: EmbeddedEngine) =>
  ((await engine.read('model/insurer/get-by-keys', { keys: ['vgz'] }))[0]!.node as { name: string }).name;

describe('the embedded engine’s read cache', () => {
  let engine: EmbeddedEngine;
  let seedDir: string;
  beforeAll(async () => {
    seedDir = copyOfSeed();
    engine = new EmbeddedEngine({
      poolSize: 2,
      queryTimeoutMs: 10_000,
      readCacheRows: 10_000,
      startFrom: seedSnapshot(),
    });
    if (!seedSnapshot()) await loadSeed(engine, SEED_DIR, undefined, validatedSeed());
  });
  afterAll(async () => {
    await engine.close();
    rmSync(seedDir, { recursive: true, force: true });
  });

  it('answers a question asked again from memory, with the same rows', async () => {
    const first = await engine.read('model/insurer/get-by-keys', { keys: ['vgz', 'asr'] });
    const hits = engine.cache.hits;
    const again = await engine.read('model/insurer/get-by-keys', { keys: ['vgz', 'asr'] });
    expect(engine.cache.hits).toBe(hits + 1);
    expect(again).toEqual(first);
    // Other keys, or the same keys in another order, are another statement: the order of rows follows them.
    const reversed = await engine.read('model/insurer/get-by-keys', { keys: ['asr', 'vgz'] });
    expect(engine.cache.hits).toBe(hits + 1);
    expect(reversed.map((r) => r.key)).toEqual(['asr', 'vgz']);
  });

  it('still counts a statement answered from memory as one the request asked for', async () => {
    await engine.read('model/policy/count');
    const before = engine.calls;
    await engine.read('model/policy/count');
    expect(engine.calls).toBe(before + 1);
  });

  it('hands out frozen rows, so a caller cannot change the answer the next request gets', async () => {
    await engine.read('model/insurer/get-by-keys', { keys: ['vgz'] });
    const rows = await engine.read('model/insurer/get-by-keys', { keys: ['vgz'] });
    expect(() => {
      (rows[0]!.node as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    expect(await vgzName(engine)).toBe('Coöperatie VGZ');
  });

  it('forgets everything at a load: a renamed insurer is seen at once after re-seeding', async () => {
    expect(await vgzName(engine)).toBe('Coöperatie VGZ');
    const file = join(seedDir, 'organisations.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Coöperatie VGZ,', 'name: VGZ (renamed),'));
    await loadSeed(engine, seedDir);
    expect(engine.cache.size.statements).toBe(0);
    expect(await vgzName(engine)).toBe('VGZ (renamed)');
    await loadSeed(engine, SEED_DIR, undefined, validatedSeed());
    expect(await vgzName(engine)).toBe('Coöperatie VGZ');
  });

  it('keeps a search’s hits for the same words and scope, and only for those', async () => {
    const search = await EmbeddedSearch.build(engine, 10);
    const all = { kinds: SEARCH_KINDS };
    const first = await search.search(engine, 'coordinatiefunctie', all);
    expect(first.length).toBeGreaterThan(0);
    expect(await search.search(engine, 'coordinatiefunctie', all)).toBe(first);
    const atVgz = await search.search(engine, 'coordinatiefunctie', { ...all, insurer: 'vgz' });
    expect(atVgz).not.toBe(first);
    expect(atVgz.length).toBeLessThan(first.length);
    expect(Object.isFrozen(first)).toBe(true);
    const uncached = await EmbeddedSearch.build(engine, 0);
    const once = await uncached.search(engine, 'coordinatiefunctie', all);
    expect(await uncached.search(engine, 'coordinatiefunctie', all)).not.toBe(once);
    expect((await uncached.search(engine, 'coordinatiefunctie', all)).map((h) => h.node.key)).toEqual(
      first.map((h) => h.node.key),
    );
  });

  it('does not keep what a read saw while a load was running', () => {
    // A read started, then a load began before it finished: its rows are answered but not stored.
    const cache = new ReadCache(100);
    const generation = cache.generation;
    cache.invalidate();
    cache.set('q', [{ a: 1 }], generation);
    expect(cache.get('q')).toBeUndefined();
    cache.set('q', [{ a: 2 }], cache.generation);
    expect(cache.get('q')).toEqual([{ a: 2 }]);
  });

  it('keeps at most its number of rows, dropping the least recently used statement first', () => {
    const cache = new ReadCache(3);
    cache.set('a', [{ n: 1 }], cache.generation);
    cache.set('b', [{ n: 1 }, { n: 2 }], cache.generation);
    cache.get('a');
    cache.set('c', [{ n: 1 }], cache.generation);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size.rows).toBe(2);
    // An answer larger than the whole cache is not kept at all.
    cache.set('d', [{}, {}, {}, {}], cache.generation);
    expect(cache.get('d')).toBeUndefined();
  });

  it('tells statements apart by their parameters, in the order their values are given', () => {
    expect(ReadCache.key('q', { a: 1, b: [2, 3] })).toBe(ReadCache.key('q', { a: 1, b: [2, 3] }));
    expect(ReadCache.key('q', { a: [1, 2] })).not.toBe(ReadCache.key('q', { a: [2, 1] }));
    expect(ReadCache.key('q', { a: 1 })).not.toBe(ReadCache.key('r', { a: 1 }));
  });

  it('is off with zero rows', () => {
    const off = new ReadCache(0);
    off.set('q', [{ a: 1 }], off.generation);
    expect(off.get('q')).toBeUndefined();
  });
});
