import { useTestApi } from '../utils/server';

describe('filters on lists', () => {
  const api = useTestApi();

  it('policies(insurer:, careType:, year:) gives VGZ’s MSZ policy for 2024, and Caresq’s policy for Eucare', async () => {
    const vgz = await api().query<{ policies: { totalCount: number; edges: Array<{ node: { key: string } }> } }>(
      '{ policies(insurer: "vgz", careType: "msz", year: 2024) { totalCount edges { node { key } } } }',
    );
    expect(vgz.data!.policies.edges.map((e) => e.node.key)).toEqual(['vgz-msz-2024']);
    const eucare = await api().query<{ policies: { edges: Array<{ node: { key: string } }> } }>(
      '{ policies(insurer: "eucare") { edges { node { key } } } }',
    );
    expect(eucare.data!.policies.edges.map((e) => e.node.key)).toContain('caresq-ziekenhuizen-2025');
  });

  it('a policy’s criteria(kind:, providerType:, current:) narrow to the ZBC additional requirements', async () => {
    const body = await api().query<{
      policy: {
        all: { totalCount: number };
        zbc: { totalCount: number };
        extra: { totalCount: number };
        current: { totalCount: number };
      };
    }>(`{
      policy(key: "vgz-msz-2024") {
        all: criteria { totalCount }
        zbc: criteria(providerType: "zbc", current: true) { totalCount }
        extra: criteria(kind: ADDITIONAL_REQUIREMENT, providerType: "zbc") { totalCount }
        current: criteria(current: true) { totalCount }
      }
    }`);
    const p = body.data!.policy;
    expect(p.extra.totalCount).toBe(6);
    expect(p.zbc.totalCount).toBeGreaterThan(6);
    expect(p.current.totalCount).toBeLessThan(p.all.totalCount);
    const withdrawn = await api().query<{ policy: { amendments: Array<{ withdraws: unknown[] }> } }>(
      '{ policy(key: "vgz-msz-2024") { amendments { withdraws { key } } } }',
    );
    expect(p.all.totalCount - p.current.totalCount).toBe(
      withdrawn.data!.policy.amendments.reduce((n, a) => n + a.withdraws.length, 0),
    );
  });

  it('a policy’s criteria(topic:) agrees with the topic’s own list', async () => {
    const body = await api().query<{
      policy: { criteria: { totalCount: number } };
      topic: { criteria: { edges: Array<{ node: { policy: { key: string } } }> } };
    }>(
      '{ policy(key: "asr-elv-grz-gzsp-2023-2024") { criteria(topic: "integrity-fraud") { totalCount } } topic(key: "integrity-fraud") { criteria(first: 100) { edges { node { policy { key } } } } } }',
    );
    const fromTopic = body.data!.topic.criteria.edges.filter(
      (e) => e.node.policy.key === 'asr-elv-grz-gzsp-2023-2024',
    ).length;
    expect(body.data!.policy.criteria.totalCount).toBe(fromTopic);
    expect(fromTopic).toBeGreaterThan(0);
  });

  it('refuses an unknown topic on a list, naming the argument', async () => {
    const body = await api().query('{ policy(key: "vgz-msz-2024") { criteria(topic: "parkeren") { totalCount } } }');
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'topic', value: 'parkeren' });
  });
});
