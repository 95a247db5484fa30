import { Connection, Database } from '@ladybugdb/core';
import { allCypherNames, cypher } from '../../src/engine/cypher';
import { EmbeddedEngine, MAX_DATABASE_BYTES } from '../../src/engine/embedded-engine';

describe('the Cypher files on LadybugDB', () => {
  const engine = new EmbeddedEngine({ poolSize: 1, queryTimeoutMs: 10_000, readCacheRows: 0 });
  afterAll(() => engine.close());

  it('creates the schema twice without complaint (start-up is repeatable)', async () => {
    await engine.applySchema();
    await engine.applySchema();
    await expect(engine.read('model/policy/count')).resolves.toEqual([{ total: 0 }]);
  });

  it('prepares every statement that is not Neo4j-only', async () => {
    // A separate database with the same schema: preparing compiles a statement without running it.
    const db = new Database(':memory:', 0, true, false, MAX_DATABASE_BYTES);
    const conn = new Connection(db);
    for (const s of cypher('schema/create-schema.embedded')
      .split(/;\s*$/m)
      .map((x) => x.replace(/^\/\/.*$/gm, '').trim())
      .filter(Boolean))
      await conn.query(s);
    const failures: string[] = [];
    // The embedded variants too (`x.embedded`, which this engine runs in place of `x`), but not the schema itself.
    const prepared = allCypherNames().filter((n) => !n.endsWith('.neo4j') && n !== 'schema/create-schema.embedded');
    for (const name of prepared) {
      const statement = await conn.prepare(cypher(name));
      if (!statement.isSuccess()) failures.push(`${name}: ${statement.getErrorMessage()}`);
    }
    await conn.close();
    await db.close();
    expect(failures).toEqual([]);
  });
});
