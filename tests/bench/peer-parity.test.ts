import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { parse, validate } from 'graphql';
import { parityProblem, peerItems, projectItems } from '../../bench/parity';
import { peerTypeDefs } from '../../bench/peer/type-defs';
import { nodeLabels } from '../../src/model/graph-model';
import { ROOT_DIR } from '../../src/paths';

// The benchmark's peer (@neo4j/graphql) and the check that it returns the project's items: the type
// definitions follow the model, its operations are valid against them, and the parity check tells equal
// answers from different ones. The benchmark itself (npm run bench) is no test.

describe('the peer of the benchmark', () => {
  it('declares every node kind of the model and its operations are valid for it', async () => {
    const typeDefs = peerTypeDefs();
    for (const label of nodeLabels) expect(typeDefs).toContain(`type ${label} @node {`);
    const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
    const operations = parse(readFileSync(join(ROOT_DIR, 'bench', 'peer', 'operations.graphql'), 'utf8'));
    expect(validate(schema, operations).map((e) => e.message)).toEqual([]);
  });
});

describe('parity between the project and the peer', () => {
  const requirement = (policy: string, criterion: string) => ({
    node: { criterion: { key: criterion }, policy: { key: policy } },
  });

  it('requirements: the same items in the same order', () => {
    const project = projectItems('requirements', {
      requirements: { edges: [requirement('p1', 'c1'), requirement('p1', 'c2')] },
    });
    const same = peerItems('requirements', {
      requirementsFor: [
        { key: 'c1', policy: { key: 'p1' } },
        { key: 'c2', policy: { key: 'p1' } },
      ],
    });
    expect(project).toEqual(['p1/c1', 'p1/c2']);
    expect(parityProblem(project, same)).toBeNull();
    const fewer = peerItems('requirements', { requirementsFor: [{ key: 'c1', policy: { key: 'p1' } }] });
    expect(parityProblem(project, fewer)).toMatch(/2 items against 1; only the project: p1\/c2/);
    expect(parityProblem(project, [...same].reverse())).toBe('the same 2 items in another order');
  });

  it('policyDiff: the diff a client computes from the two versions the peer fetched', () => {
    const peer = {
      policies: [
        {
          key: 'old',
          reconstructed: false,
          criteriaInPolicy: [
            { key: 'old-a', text: 'a b c' },
            { key: 'old-gone', text: 'weg' },
          ],
          policyChangesInPolicy: [],
        },
        {
          key: 'new',
          reconstructed: false,
          criteriaInPolicy: [
            { key: 'new-a', text: 'a b d', previousVersion: { key: 'old-a' } },
            { key: 'new-b', text: 'nieuw' },
            { key: 'new-withdrawn', text: 'ingetrokken', withdrawnBy: { date: '2024-01-01' } },
          ],
          policyChangesInPolicy: [
            { subject: 'Nieuw', effect: 'added', comparedWith: { key: 'old' }, affects: [{ key: 'new-b' }] },
            { subject: 'Elders', effect: 'added', comparedWith: { key: 'other' }, affects: [] },
          ],
        },
      ],
    };
    const project = {
      policyDiff: {
        added: [{ key: 'new-b' }],
        removed: [{ key: 'old-gone' }],
        changed: [{ before: { key: 'old-a' }, after: { key: 'new-a' } }],
        documentedChanges: [{ subject: 'Nieuw', effect: 'ADDED' }],
      },
    };
    const theirs = peerItems('policyDiff', peer, { policies: ['old', 'new'] });
    expect(theirs).toEqual(['added new-b', 'removed old-gone', 'changed old-a>new-a', 'documented Nieuw|added']);
    expect(parityProblem(projectItems('policyDiff', project), theirs)).toBeNull();
    const unchanged = { ...project, policyDiff: { ...project.policyDiff, changed: [] } };
    expect(parityProblem(projectItems('policyDiff', unchanged), theirs)).toMatch(/only the peer: changed old-a>new-a/);
  });

  it('regions: regions in order, each with its alliances and their partners in any order', () => {
    const alliance = (name: string, partners: string[]) => ({
      name,
      policy: { key: 'p' },
      partners: partners.map((key) => ({ key })),
    });
    const project = projectItems('regions', {
      regions: [{ key: 'r1', alliances: [alliance('A', ['x', 'y']), alliance('B', ['z'])] }],
    });
    const peer = peerItems('regions', {
      regions: [{ key: 'r1', alliancesInRegion: [alliance('B', ['z']), alliance('A', ['y', 'x'])] }],
    });
    expect(parityProblem(project, peer)).toBeNull();
    const other = peerItems('regions', { regions: [{ key: 'r1', alliancesInRegion: [alliance('A', ['x'])] }] });
    expect(parityProblem(project, other)).not.toBeNull();
  });
});
