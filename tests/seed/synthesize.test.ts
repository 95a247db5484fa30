import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeSpec } from '../../src/model/derive';
import { nodeLabels } from '../../src/model/graph-model';
import { SEED_DIR } from '../../src/paths';
import { synthesizeSeed } from '../../src/seed/synthesize';
import { validateSeed } from '../../src/seed/validate-seed';
import { startTestApi, type TestApi } from '../utils/server';

const REQUIREMENTS = /* GraphQL */ `
  query ($insurer: String!) {
    requirements(providerType: "zbc", insurer: $insurer, year: 2024, first: 100) {
      totalCount
      edges {
        node {
          criterion {
            text
            kind
            force
            source {
              documentKey
              lines
            }
          }
          policy {
            title
            years
          }
          appliesVia {
            key
          }
        }
      }
    }
  }
`;

type Answer = {
  requirements: { totalCount: number; edges: Array<{ node: { criterion: { source: { documentKey: string } } } }> };
};

describe('a synthetic seed three times as large', () => {
  let dir: string;
  let api: TestApi;
  const original = validateSeed(SEED_DIR);
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'zorginkoop-synth-')), 'seed');
    synthesizeSeed(SEED_DIR, dir, 3);
    api = await startTestApi({ seedDir: dir });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes the same validation, quote checks included', () => {
    expect(validateSeed(dir).problems).toEqual([]);
  });

  it('holds three of every document’s nodes and of every insurer, and the vocabulary once', () => {
    const { graph } = validateSeed(dir);
    for (const label of nodeLabels) {
      const copied = !nodeSpec(label).shared || label === 'Insurer';
      expect([label, graph.nodes[label].length]).toEqual([
        label,
        original.graph.nodes[label].length * (copied ? 3 : 1),
      ]);
    }
    const links = (g: typeof graph) => g.relationships.reduce((n, b) => n + b.rows.length, 0);
    expect(links(graph)).toBeGreaterThan(2.5 * links(original.graph));
  });

  it('a ZBC at vgz-c2 in 2024 has the same requirements, from copies of the same source lines, as at VGZ', async () => {
    const vgz = await api.query<Answer>(REQUIREMENTS, { insurer: 'vgz' });
    const copy = await api.query<Answer>(REQUIREMENTS, { insurer: 'vgz-c2' });
    expect(vgz.errors).toBeUndefined();
    expect(vgz.data!.requirements.totalCount).toBeGreaterThan(10);
    const withoutDocument = (body: typeof vgz) =>
      body.data!.requirements.edges.map(({ node }) => ({
        ...node,
        criterion: {
          ...node.criterion,
          source: { ...node.criterion.source, documentKey: node.criterion.source.documentKey.replace(/-c\d+$/, '') },
        },
      }));
    expect(withoutDocument(copy)).toEqual(withoutDocument(vgz));
    expect(copy.data!.requirements.edges.every(({ node }) => node.criterion.source.documentKey.endsWith('-c2'))).toBe(
      true,
    );
  });
});
