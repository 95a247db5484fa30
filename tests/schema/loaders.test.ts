import type { GraphEngine } from '../../src/engine/graph-engine';
import type { NodeRow } from '../../src/model/rows';
// The schema first, in the order the server builds it (links.ts and the node types import each other).
import '../../src/schema';
import { follow } from '../../src/schema/links';
import { Loaders, MissingNodeError } from '../../src/schema/loaders';
import type { Context } from '../../src/schema/context';
import { seededEngineUnderTest } from '../utils/engine';

// What a one-statement answer primed is answered at once (no promise, so graphql-js completes it in the same
// turn); anything else is read from the graph, batched, as before.

let engine: GraphEngine;
beforeAll(async () => {
  engine = await seededEngineUnderTest();
});
afterAll(async () => {
  await engine.close();
});

const insurer = (key: string, name: string): NodeRow<'Insurer'> =>
  ({ __label: 'Insurer', __partial: true, key, name }) as unknown as NodeRow<'Insurer'>;

describe('the request loaders', () => {
  it('answer a node a statement of the request returned at once, not as a promise', () => {
    const loaders = new Loaders(engine);
    const vgz = insurer('vgz', 'VGZ');
    loaders.prime('Insurer', 'vgz', vgz);
    const found = loaders.find('Insurer', 'vgz');
    expect(found).not.toBeInstanceOf(Promise);
    expect(found).toBe(vgz);
    expect(loaders.node('Insurer', 'vgz')).toBe(vgz);
    expect(loaders.allNodes('Insurer', ['vgz', 'vgz'])).toEqual([vgz, vgz]);
  });

  it('answer a key a statement found no node for at once: null, or an error naming the key', () => {
    const loaders = new Loaders(engine);
    loaders.prime('Insurer', 'no-such-insurer', null);
    expect(loaders.find('Insurer', 'no-such-insurer')).toBeNull();
    expect(() => loaders.node('Insurer', 'no-such-insurer')).toThrow(MissingNodeError);
    expect(() => loaders.node('Insurer', 'no-such-insurer')).toThrow('no Insurer with key "no-such-insurer"');
  });

  it('read a node nothing primed from the graph', async () => {
    const loaders = new Loaders(engine);
    const found = loaders.find('Insurer', 'vgz');
    expect(found).toBeInstanceOf(Promise);
    await expect(found).resolves.toMatchObject({ __label: 'Insurer', key: 'vgz' });
    await expect(loaders.node('Insurer', 'no-such-insurer')).rejects.toThrow(MissingNodeError);
  });

  it('answer links a statement returned at once, and read the others from the graph', async () => {
    const loaders = new Loaders(engine);
    const [policy] = (await loaders.links('ISSUED_BY', 'in', 'Insurer', 'Policy', 'vgz')).map((l) => l.node);
    expect(policy?.__label).toBe('Policy');
    const vgz = insurer('vgz', 'VGZ');
    const rel = { __type: 'ISSUED_BY', __partial: true } as unknown as Parameters<
      typeof loaders.primeLinks
    >[5][0]['rel'];
    loaders.primeLinks('ISSUED_BY', 'out', 'Policy', 'Insurer', policy!.key, [{ node: vgz, rel }]);
    const primed = loaders.links('ISSUED_BY', 'out', 'Policy', 'Insurer', policy!.key);
    expect(primed).not.toBeInstanceOf(Promise);
    expect(primed).toEqual([{ node: vgz, rel }]);
    // The node at the other end is primed with its link.
    expect(loaders.find('Insurer', 'vgz')).toBe(vgz);
  });

  it('follow a relationship across several kinds at once only when every kind was primed', async () => {
    const loaders = new Loaders(engine);
    const ctx = { loaders } as unknown as Context;
    loaders.primeAllLinks('PARTNER', 'out', 'Alliance', 'no-such-alliance', []);
    const all = follow(ctx, 'PARTNER', 'out', 'Alliance', ['Insurer', 'Stakeholder'], 'no-such-alliance');
    expect(all).toEqual([]);
    const unprimed = follow(ctx, 'PARTNER', 'out', 'Alliance', ['Insurer', 'Stakeholder'], 'another-alliance');
    expect(unprimed).toBeInstanceOf(Promise);
    await expect(unprimed).resolves.toEqual([]);
  });
});
