import type * as LanguageSupport from '@neo4j-cypher/language-support' with { 'resolution-mode': 'import' };

// The package's types are ESM; it also ships a CommonJS build, which is what `require` loads here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- TypeScript refuses an import of ESM-typed code in this CommonJS file
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as typeof LanguageSupport;
import { allCypherNames, cypher } from '../../src/engine/cypher';
import { citationProperties, loadMarker, nodeLabels, relationshipTypes } from '../../src/model/graph-model';
import { relationshipPairs, storedNodeProperties, storedRelationshipProperties } from '../../src/model/derive';
import { OFFSTAGE, STAGED_PREFIX } from '../../src/seed/staging';

/** The names the application passes as parameters; a statement using any other is an error. */
const PARAMETERS = {
  keys: [],
  rows: [],
  skip: 0,
  limit: 0,
  providerType: '',
  insurer: '',
  careType: '',
  topic: '',
  year: 0,
  knownAt: '',
  withAlliances: false,
  from: '',
  to: '',
  audience: '',
  insurers: [],
  query: '',
  index: '',
  kinds: [],
  parties: [],
  forces: [],
  includeGuidelines: false,
  labels: [],
  withCriteria: false,
  policies: [],
  includeNarrower: false,
  n: 0,
  key: '',
  fingerprint: '',
  loadedAt: '',
  nodeCount: 0,
  relationshipCount: 0,
};

// The seed loader's rows name a link's two ends; the analyser cannot tell a map key from a property.
const propertyKeys = new Set<string>([...Object.keys(citationProperties), 'fromKey', 'toKey']);
for (const l of nodeLabels) Object.keys(storedNodeProperties(l)).forEach((p) => propertyKeys.add(p));
for (const t of relationshipTypes) Object.keys(storedRelationshipProperties(t)).forEach((p) => propertyKeys.add(p));
Object.keys(loadMarker.properties).forEach((p) => propertyKeys.add(p));

const dbSchema: LanguageSupport.DbSchema = {
  // The staged load's labels (src/seed/staging.ts) are the loader's own, beside the model's.
  labels: [...nodeLabels, loadMarker.label, OFFSTAGE, ...nodeLabels.map((l) => `${STAGED_PREFIX}${l}`)],
  relationshipTypes: [...relationshipTypes],
  propertyKeys: [...propertyKeys],
  parameters: PARAMETERS,
  graphSchema: relationshipTypes.flatMap((relType) => [
    ...relationshipPairs(relType).map(([from, to]) => ({ from, to, relType })),
    // A staged generation's links join Offstage nodes.
    { from: OFFSTAGE, to: OFFSTAGE, relType },
  ]),
};

// Statements only LadybugDB runs (its DDL) are checked by running them on LadybugDB instead.
const shared = allCypherNames().filter((name) => !name.endsWith('.embedded'));

describe("Neo4j's Cypher analyser", () => {
  it('has statements to check', () => {
    expect(shared.length).toBeGreaterThan(100);
  });

  it.each(shared)('finds nothing wrong with cypher/%s.cypher', (name) => {
    const { diagnostics } = lintCypherQuery(cypher(name), dbSchema);
    expect(
      diagnostics.map(
        (d) =>
          `${typeof d.message === 'string' ? d.message : d.message.value} (${d.range.start.line + 1}:${d.range.start.character + 1})`,
      ),
    ).toEqual([]);
  });

  it('does report a misspelt label, so a clean result means something', () => {
    const { diagnostics } = lintCypherQuery('MATCH (n:Polcy) RETURN n.key', dbSchema);
    expect(diagnostics.length).toBeGreaterThan(0);
  });
});
