import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths';
import { loadSeed, SeedValidationError } from '../../src/seed/load-seed';
import { failingWrites } from '../utils/engine';
import { graphCounts } from '../utils/graph-counts';
import { copyOfSeed, useTestApi } from '../utils/server';

describe('loading seed/ into the graph, seen through the HTTP API', () => {
  const api = useTestApi();

  it('gives the same graph when loaded twice', async () => {
    const first = await graphCounts(api());
    expect(first.policies).toBeGreaterThan(5);
    expect(first.criteria).toBeGreaterThan(100);
    await loadSeed(api().engine, SEED_DIR);
    expect(await graphCounts(api())).toEqual(first);
  });

  it('rejects a seed file with a bad field, naming file and field, and leaves the graph as it was', async () => {
    const before = await graphCounts(api());
    const dir = copyOfSeed();
    const file = join(dir, 'documents', '002-asr-elv-grz-gzsp-2023-2024.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/years: \[2023, 2024\]/, 'years: [2023, "volgend jaar"]'));
    const load = loadSeed(api().engine, dir);
    await expect(load).rejects.toBeInstanceOf(SeedValidationError);
    await expect(load).rejects.toThrow(
      /documents\/002-asr-elv-grz-gzsp-2023-2024\.yaml:\d+, record policies\[0\] asr-elv-grz-gzsp-2023-2024, field years\.1/,
    );
    expect(await graphCounts(api())).toEqual(before);
  });

  it('leaves the graph as it was when the database fails in the middle of a load', async () => {
    const before = await graphCounts(api());
    // The 40th statement comes after the old links are gone and new nodes are written (on Neo4j: in the
    // staged generation; the loader then sends the statements that delete it).
    const { engine: failing, statements } = failingWrites(api().engine, 40);
    await expect(loadSeed(failing, SEED_DIR)).rejects.toThrow('simulated loss');
    expect(statements()).toBeGreaterThanOrEqual(40);
    expect(await graphCounts(api())).toEqual(before);
  });
});
