import { VgzMszHistoryDocument } from '../../src/client/generated/graphql';
import { useTestApi } from '../utils/server';
import { ask } from '../utils/typed-query';

describe('policyHistory: a timeline of an insurer’s policies', () => {
  const api = useTestApi();

  it('VGZ’s MSZ history runs from the reconstructed 2023 version through the 2024 policy, its two amendments in date order, and its deadlines', async () => {
    const body = await ask(api(), VgzMszHistoryDocument);
    expect(body.errors).toBeUndefined();
    const events = body.data!.policyHistory;
    const versions = events.filter((e) => e.kind === 'VERSION').map((e) => e.policy.key);
    expect(versions).toEqual(['vgz-msz-2023', 'vgz-msz-2024']);
    const amendments = events.filter((e) => e.kind === 'AMENDMENT').map((e) => e.date);
    expect(amendments).toEqual(['2023-07-27', '2023-08-02']);
    expect(events.filter((e) => e.kind === 'DOCUMENTED_CHANGE').length).toBeGreaterThan(0);
    expect(events.filter((e) => e.kind === 'MILESTONE').length).toBeGreaterThan(5);
    // Oldest first by day; a version without a day before its own round's events and amendments.
    const days = events.filter((e) => e.date).map((e) => e.date!);
    expect([...days].sort()).toEqual(days);
    const at = (kind: string, test: (e: (typeof events)[number]) => boolean) =>
      events.findIndex((e) => e.kind === kind && test(e));
    expect(at('VERSION', (e) => e.policy.key === 'vgz-msz-2024')).toBeLessThan(at('AMENDMENT', () => true));
    expect(at('VERSION', (e) => e.policy.key === 'vgz-msz-2024')).toBeLessThan(
      at('MILESTONE', (e) => e.date === '2023-05-15'),
    );
    for (const e of events)
      expect(e.item.__typename).toBe(
        { VERSION: 'Policy', AMENDMENT: 'Amendment', DOCUMENTED_CHANGE: 'PolicyChange', MILESTONE: 'Milestone' }[
          e.kind
        ],
      );
  });

  it('finds Caresq’s policies when asked for Eucare, on whose behalf they purchase', async () => {
    const body = await api().query<{ policyHistory: Array<{ kind: string; policy: { key: string } }> }>(
      '{ policyHistory(insurer: "eucare") { kind policy { key } } }',
    );
    // The reconstructed 2024 version is not in it: the change list does not say for whom it purchased.
    expect(body.data!.policyHistory.filter((e) => e.kind === 'VERSION').map((e) => e.policy.key)).toEqual([
      'caresq-ziekenhuizen-2025',
    ]);
  });

  it('refuses an unknown insurer', async () => {
    const body = await api().query('{ policyHistory(insurer: "achmea") { kind } }');
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'insurer', value: 'achmea' });
  });
});
