import { CompareHospitalRequirementsDocument } from '../../src/client/generated/graphql';
import { useTestApi } from '../utils/server';
import { ask } from '../utils/typed-query';

describe('compareRequirements: the cross-insurer view', () => {
  const api = useTestApi();

  it('gives every topic, with VGZ, a.s.r. and Eucare side by side, empty where an insurer states nothing', async () => {
    const body = await ask(api(), CompareHospitalRequirementsDocument);
    expect(body.errors).toBeUndefined();
    const rows = body.data!.compareRequirements;
    const topics = await api().query<{ topics: { totalCount: number } }>('{ topics { totalCount } }');
    expect(rows).toHaveLength(topics.data!.topics.totalCount);
    for (const row of rows) {
      expect(row.insurers.map((i) => i.insurer.key)).toEqual(['vgz', 'asr', 'eucare']);
      for (const i of row.insurers) expect(i.criteria).toHaveLength(i.count);
    }
    // Eucare states requirements for hospitals through Caresq's policy, purchasing on its behalf.
    expect(rows.reduce((n, r) => n + r.insurers[2]!.count, 0)).toBeGreaterThan(20);
    expect(rows.some((r) => r.insurers.some((i) => i.count === 0))).toBe(true);
  });

  it('agrees with requirements() for one insurer, asked for everything stated', async () => {
    const compared = await api().query<{ compareRequirements: Array<{ insurers: Array<{ count: number }> }> }>(
      '{ compareRequirements(providerType: "zbc", insurers: ["vgz"]) { topic { key } insurers { count } } }',
    );
    const total = compared.data!.compareRequirements.reduce((n, r) => n + r.insurers[0]!.count, 0);
    const listed = await api().query<{ requirements: { totalCount: number } }>(
      '{ requirements(providerType: "zbc", insurer: "vgz", scope: EVERYTHING) { totalCount } }',
    );
    expect(total).toBe(listed.data!.requirements.totalCount);
  });

  it('refuses an unknown insurer, naming which one', async () => {
    const body = await api().query(
      '{ compareRequirements(providerType: "zbc", insurers: ["vgz", "achmea"]) { topic { key } } }',
    );
    expect(body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'insurers[1]',
      value: 'achmea',
    });
  });

  it('compares insurers by topic without one shared provider type, and by force', async () => {
    type Cmp = {
      compareRequirements: Array<{
        topic: { key: string };
        insurers: Array<{ insurer: { key: string }; count: number }>;
      }>;
    };
    const body = await api().query<Cmp>(
      '{ compareRequirements(insurers: ["vgz", "asr", "eucare"]) { topic { key } insurers { insurer { key } count } } }',
    );
    expect(body.errors).toBeUndefined();
    const total = (key: string, b: Cmp) =>
      b.compareRequirements.reduce((n, t) => n + t.insurers.find((i) => i.insurer.key === key)!.count, 0);
    for (const insurer of ['vgz', 'asr', 'eucare']) expect(total(insurer, body.data!)).toBeGreaterThan(0);
    const binding = await api().query<Cmp>(
      '{ compareRequirements(insurers: ["vgz", "asr", "eucare"], forces: [REQUIREMENT]) { topic { key } insurers { insurer { key } count } } }',
    );
    expect(total('asr', binding.data!)).toBeLessThan(total('asr', body.data!));
  });
});
