import { RegionsWithAlliancesDocument, ZbcCalendarVgz2023Document } from '../../src/client/generated/graphql';
import { useTestApi } from '../utils/server';
import { ask } from '../utils/typed-query';

describe('regions and the purchasing calendar', () => {
  const api = useTestApi();

  it('lists the regions with alliances: the four example regions of the leidraad among them, each with insurer and GP organisation', async () => {
    const body = await ask(api(), RegionsWithAlliancesDocument);
    expect(body.errors).toBeUndefined();
    const regions = body.data!.regions;
    for (const r of regions) expect(r.alliances.length).toBeGreaterThan(0);
    const leidraad = regions.filter((r) =>
      r.alliances.some((a) => a.policy.key === 'leidraad-regionale-samenwerking-2020'),
    );
    expect(leidraad).toHaveLength(4);
    for (const r of leidraad) {
      const partners = r.alliances.flatMap((a) => a.partners);
      expect(partners.map((p) => p.__typename)).toEqual(expect.arrayContaining(['Insurer', 'Stakeholder']));
      for (const a of r.alliances) expect(a.source.quote.length).toBeGreaterThan(0);
    }
    const all = await api().query<{ regions: unknown[] }>('{ regions { key } }');
    expect(all.data!.regions.length).toBeGreaterThan(regions.length);
  });

  it('gives the ZBC calendar for VGZ in 2023 by date, with the VECOZO deadline of 15 September', async () => {
    const body = await ask(api(), ZbcCalendarVgz2023Document);
    expect(body.errors).toBeUndefined();
    const dates = body.data!.milestones.map((m) => m.date);
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort()).toEqual(dates);
    // Undated milestones have no place in a date range.
    for (const d of dates) expect(d !== null && d >= '2023-05-01' && d <= '2023-12-31').toBe(true);
    expect(body.data!.milestones.some((m) => m.date === '2023-09-15' && /uitvraagmodule/i.test(m.action))).toBe(true);
  });

  it('refuses a malformed date and an unknown audience, naming the argument', async () => {
    const date = await api().query('{ milestones(from: "15-09-2023") { key } }');
    expect(date.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'from',
      value: '15-09-2023',
    });
    const audience = await api().query('{ milestones(audience: "apotheek") { key } }');
    expect(audience.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'audience' });
  });

  it('dates "vóór 1 juli 2023" as the day before, and a month or period by every day it covers', async () => {
    type Ms = {
      milestones: Array<{
        key: string;
        date: string;
        dateEnd: string | null;
        datePrecision: string;
        dateQualifier: string;
      }>;
    };
    const june30 = await api().query<Ms>(
      '{ milestones(from: "2023-06-30", to: "2023-06-30") { key date dateEnd datePrecision dateQualifier } }',
    );
    expect(june30.data!.milestones).toContainEqual({
      key: 'asr-elv-grz-gzsp-2023-2024-contract-2024-melden-voor-1-juli-2023',
      date: '2023-06-30',
      dateEnd: null,
      datePrecision: 'DAY',
      dateQualifier: 'BEFORE',
    });
    const july1 = await api().query<Ms>('{ milestones(from: "2023-07-01", to: "2023-07-01") { key } }');
    expect(july1.data!.milestones.map((m) => m.key)).not.toContain(
      'asr-elv-grz-gzsp-2023-2024-contract-2024-melden-voor-1-juli-2023',
    );
    // November 2020 holds "half november" and reaches into the period 1 October - 31 December.
    const november = await api().query<Ms>(
      '{ milestones(from: "2020-11-01", to: "2020-11-30") { key date dateEnd datePrecision dateQualifier } }',
    );
    const keys = november.data!.milestones.map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'vgz-huisartsenzorg-2021-ms-gli-leefstijlcoach-zorgzoeker',
        'vgz-huisartsenzorg-2021-ms-zorggroepen-addendum-ondertekening',
      ]),
    );
    expect(
      november.data!.milestones.find((m) => m.key === 'vgz-huisartsenzorg-2021-ms-gli-leefstijlcoach-zorgzoeker'),
    ).toMatchObject({ datePrecision: 'MID_MONTH', dateQualifier: 'AROUND' });
  });
});
