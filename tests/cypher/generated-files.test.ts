import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedCypher, STATEMENT_TYPES_FILE, statementTypesSource } from '../../scripts/generate-cypher';
import { allCypherNames } from '../../src/engine/cypher';

describe('Cypher derived from the model', () => {
  it('is what scripts/generate-cypher.ts writes (run `npm run cypher:generate` after changing the model)', () => {
    const expected = generatedCypher();
    const stale = [...expected].filter(([path, body]) => {
      try {
        return readFileSync(join(__dirname, '..', '..', 'cypher', path), 'utf8') !== body;
      } catch {
        return true;
      }
    });
    expect(stale.map(([path]) => path)).toEqual([]);
    const onDisk = allCypherNames().filter((n) => n.startsWith('model/') || n.startsWith('schema/'));
    expect(onDisk.sort()).toEqual([...expected.keys()].map((p) => p.replace(/\.cypher$/, '')).sort());
  });

  it('types every statement as scripts/generate-cypher.ts does (run `npm run cypher:generate` after changing a statement)', () => {
    const onDisk = readFileSync(join(__dirname, '..', '..', STATEMENT_TYPES_FILE), 'utf8');
    expect(onDisk === statementTypesSource()).toBe(true);
  });
});
