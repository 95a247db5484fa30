import { print } from 'graphql';
import {
  ZbcRequirementsAtVgz2024Document,
  ZbcRequirementsAtVgz2024KnownJuly2023Document,
} from '../../src/client/generated/graphql';
import { useTestApi } from '../utils/server';
import { ask } from '../utils/typed-query';

/** What the ad-hoc questions below select: where a requirement applies from, its policy and its key. */
type Listed = {
  requirements: {
    totalCount: number;
    edges: Array<{ node: { appliesVia: { key: string }; policy: { key: string }; criterion: { key: string } } }>;
  };
};

describe('requirements: which requirements apply to a provider type', () => {
  const api = useTestApi();
  it('a ZBC at VGZ in 2024 must meet the six additional ZBC requirements and, through the hierarchy, those for every MSZ provider', async () => {
    const body = await ask(api(), ZbcRequirementsAtVgz2024Document);
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.requirements.edges.map((e) => e.node);
    expect(body.data!.requirements.totalCount).toBe(nodes.length);
    const direct = nodes.filter((n) => n.appliesVia.key === 'zbc' && n.criterion.kind === 'ADDITIONAL_REQUIREMENT');
    expect(direct.map((n) => n.criterion.source.lines).sort()).toEqual(['440', '441', '443', '444', '445', '446']);
    expect(nodes.some((n) => n.appliesVia.key === 'msz-aanbieder')).toBe(true);
    expect(nodes.every((n) => n.policy.key === 'vgz-msz-2024')).toBe(true);
    // With every amendment applied, nothing withdrawn is a requirement.
    expect(nodes.filter((n) => n.criterion.withdrawnBy)).toEqual([]);
  });

  it('asked as known on 1 July 2023, VGZ MSZ 2024 still shows the CieBAG requirement the amendment of 2 August withdrew', async () => {
    const now = (await ask(api(), ZbcRequirementsAtVgz2024Document)).data!.requirements;
    const then = (await ask(api(), ZbcRequirementsAtVgz2024KnownJuly2023Document)).data!.requirements;
    const added = then.edges
      .map((e) => e.node.criterion)
      .filter((c) => !now.edges.some((n) => n.node.criterion.key === c.key));
    expect(added.map((c) => c.withdrawnBy?.date)).toEqual(['2023-08-02']);
  });

  it('reaches a ZBC with what VGZ asks of every MSZ provider, through the hierarchy', async () => {
    const body = await api().query<Listed>(
      '{ requirements(providerType: "zbc", insurer: "vgz", first: 100) { edges { node { appliesVia { key } criterion { key } } } } }',
    );
    const via = new Set(body.data!.requirements.edges.map((e) => e.node.appliesVia.key));
    expect(via).toEqual(new Set(['zbc', 'msz-aanbieder']));
  });

  it('gives a hospital at VGZ only what VGZ’s hospital policy says: nothing of its GP policy', async () => {
    const body = await api().query<Listed>(
      '{ requirements(providerType: "ziekenhuis", insurer: "vgz", first: 100) { totalCount edges { node { policy { key } criterion { key } } } } }',
    );
    const policies = new Set(body.data!.requirements.edges.map((e) => e.node.policy.key));
    expect(policies).toEqual(new Set(['vgz-msz-2024']));
    expect(body.data!.requirements.edges.map((e) => e.node.criterion.key)).not.toContain(
      'vgz-huisartsenzorg-2021-algemene-voorwaarden-geen-aanbieders-msz',
    );
  });

  it('answers "what applies to GPs" with what is asked of GPs and of their practices', async () => {
    const body = await api().query<Listed>(
      '{ requirements(providerType: "huisarts", first: 100) { edges { node { appliesVia { key } } } } }',
    );
    const via = new Set(body.data!.requirements.edges.map((e) => e.node.appliesVia.key));
    expect(via.has('huisartsenpraktijk')).toBe(true);
    expect(via.has('huisarts')).toBe(true);
  });

  it('asked for everything stated, filters by kind, party and force, and leaves a guideline’s expectations out unless asked', async () => {
    type Filtered = {
      requirements: {
        totalCount: number;
        edges: Array<{ node: { criterion: { kind: string; party: string; force: string }; policy: { key: string } } }>;
      };
    };
    const q = (args: string) =>
      api().query<Filtered>(
        `{ requirements(providerType: "huisartsenpraktijk", scope: EVERYTHING${args}, first: 100) { totalCount edges { node { criterion { kind party force } policy { key } } } } }`,
      );
    const all = (await q('')).data!.requirements;
    expect(all.edges.every((e) => e.node.policy.key !== 'leidraad-regionale-samenwerking-2020')).toBe(true);
    const withGuideline = (await q(', includeGuidelines: true')).data!.requirements;
    expect(withGuideline.edges.some((e) => e.node.policy.key === 'leidraad-regionale-samenwerking-2020')).toBe(true);
    const binding = (await q(', forces: [REQUIREMENT, CONDITION], parties: [PROVIDER]')).data!.requirements;
    expect(binding.totalCount).toBeGreaterThan(0);
    expect(binding.totalCount).toBeLessThan(all.totalCount);
    for (const e of binding.edges) {
      expect(['REQUIREMENT', 'CONDITION']).toContain(e.node.criterion.force);
      expect(e.node.criterion.party).toBe('PROVIDER');
    }
    const contacts = (await q(', kinds: [CONTACT_ROUTE]')).data!.requirements;
    expect(contacts.totalCount).toBeGreaterThan(0);
    for (const e of contacts.edges) expect(e.node.criterion.kind).toBe('CONTACT_ROUTE');
  });

  it('refuses an unknown provider type, an impossible year and a malformed date, naming the argument', async () => {
    const unknown = await api().query('{ requirements(providerType: "tandarts") { totalCount } }');
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'providerType',
      value: 'tandarts',
    });
    const year = await api().query('{ requirements(providerType: "zbc", year: 20240) { totalCount } }');
    expect(year.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year', value: 20240 });
    const date = await api().query('{ requirements(providerType: "zbc", knownAt: "2023-02-30") { totalCount } }');
    expect(date.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'knownAt',
      value: '2023-02-30',
    });
  });

  it('refuses 29 February of a year that is no leap year, and takes it in a leap year', async () => {
    const refused = await api().query('{ requirements(providerType: "zbc", knownAt: "2023-02-29") { totalCount } }');
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'knownAt',
      value: '2023-02-29',
    });
    expect(refused.errors![0]!.message).toBe('Argument knownAt is not a calendar date (got "2023-02-29")');
    const leap = await api().query('{ requirements(providerType: "zbc", knownAt: "2024-02-29") { totalCount } }');
    expect(leap.errors).toBeUndefined();
  });

  it('costs the same number of engine statements for a page of 10 as for a page of 50', async () => {
    const calls = async (first: number) => {
      const before = api().engine.calls;
      await api().query(print(ZbcRequirementsAtVgz2024Document).replace('first: 50', `first: ${first}`));
      return api().engine.calls - before;
    };
    // Both pages hold statements named for the ZBC and for a broader type, so the same kinds of node load.
    expect(await calls(50)).toBe(await calls(10));
  });
});
