import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR, SEED_DIR } from '../../src/paths';
import { countsPerDocument, countsTable } from '../../src/seed/document-counts';
import { validateSeed } from '../../src/seed/validate-seed';

describe('nodes per source document', () => {
  const { graph } = validateSeed(SEED_DIR);
  const table = countsTable(graph);

  it('are printed, and the README shows the same table', () => {
    console.log(`Nodes per source document:\n${table}`);
    const readme = readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
    expect(readme).toContain(table);
  });

  it('give every document a policy and what it states', () => {
    const counts = countsPerDocument(graph);
    for (const [doc, row] of counts) {
      expect({ doc, hasPolicy: (row.Policy ?? 0) >= 1 }).toEqual({ doc, hasPolicy: true });
      expect({ doc, criteria: (row.Criterion ?? 0) > 10 }).toEqual({ doc, criteria: true });
    }
  });
});
