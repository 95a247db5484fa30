import { SEED_DIR } from '../../src/paths';
import type { Row } from '../../src/engine/graph-engine';
import { validateSeed } from '../../src/seed/validate-seed';

/**
 * The defects an audit of the graph against the sources found (who says what to whom, missing classes of
 * statements, dates), each pinned to what the sources say, so that none comes back.
 */

const { graph } = validateSeed(SEED_DIR);
const criteria = new Map(graph.nodes.Criterion.map((c) => [String(c.key), c]));
const milestones = new Map(graph.nodes.Milestone.map((m) => [String(m.key), m]));
const links = (type: string) => graph.relationships.filter((b) => b.type === type).flatMap((b) => b.rows);
const inPolicy = new Map(links('IN_POLICY').map((r) => [String(r.fromKey), String(r.toKey)]));
const appliesTo = (key: string) =>
  links('APPLIES_TO')
    .filter((r) => r.fromKey === key)
    .map((r) => String(r.toKey));
const of = (policy: string) => graph.nodes.Criterion.filter((c) => inPolicy.get(String(c.key)) === policy);
const cites = (c: Row, line: number) => Number(c.lineStart) <= line && line <= Number(c.lineEnd);
const kindAt = (policy: string, kind: string, line: number) =>
  of(policy).filter((c) => c.kind === kind && cites(c, line));

describe('the audit of who says what to whom, and what was missing', () => {
  it('scopes every statement to the providers its policy is about: none reaches every zorgaanbieder', () => {
    expect(
      links('APPLIES_TO')
        .filter((r) => r.toKey === 'zorgaanbieder')
        .map((r) => r.fromKey),
    ).toEqual([]);
    // 000:507 excludes "aanbieders MSZ" itself: it speaks to the GP policy's own providers.
    for (const c of of('vgz-huisartsenzorg-2021')) expect(appliesTo(String(c.key))).not.toContain('msz-aanbieder');
  });

  it('gives every statement a party and a force; the leidraad binds no one', () => {
    for (const c of graph.nodes.Criterion) expect([c.party, c.force]).toEqual([expect.any(String), expect.any(String)]);
    expect(of('leidraad-regionale-samenwerking-2020').filter((c) => c.force === 'requirement')).toEqual([]);
    expect(of('leidraad-regionale-samenwerking-2020').filter((c) => c.kind === 'definition').length).toBeGreaterThan(0);
  });

  it('attributes Caresq’s five sustainability targets (004:187-200) to the market-leader insurer, not to Caresq', () => {
    const targets = of('caresq-ziekenhuizen-2025').filter(
      (c) => Number(c.lineStart) >= 187 && Number(c.lineEnd) <= 200 && c.kind === 'plan-theme',
    );
    expect(targets).toHaveLength(5);
    for (const t of targets)
      expect(t).toMatchObject({
        party: 'other-party',
        partyName: 'de marktleider-zorgverzekeraar',
        force: 'background',
      });
  });

  it('attributes the coordinatiefunctie financing points (002:108-114) to the preferred insurers, as an intention', () => {
    const points = of('asr-elv-grz-gzsp-2023-2024').filter(
      (c) =>
        String(c.key).startsWith('asr-elv-grz-gzsp-2023-2024-coordinatiefunctie-') &&
        c.partyName === 'Preferente zorgverzekeraars',
    );
    expect(points).toHaveLength(3);
    for (const p of points) expect(p).toMatchObject({ party: 'other-party', force: 'intention' });
  });

  it('records legal duties and facts as such, not as requirements (000:264-266, 000:91)', () => {
    expect(criteria.get('vgz-huisartsenzorg-2021-elektronische-inzage-wettelijk-verplicht')).toMatchObject({
      kind: 'legal-duty',
      force: 'background',
    });
    expect(criteria.get('vgz-huisartsenzorg-2021-landelijke-in-exclusiecriteria')).toMatchObject({
      party: 'other-party',
      force: 'background',
    });
  });

  it('no longer inflates contract conditions in the VGZ GP policy (54 before the review)', () => {
    expect(of('vgz-huisartsenzorg-2021').filter((c) => c.kind === 'contract-condition').length).toBeLessThan(25);
  });

  it('holds what was missing: payment without a contract, the right to amend, Caresq’s commitments, the 17 regioplan themes, contact routes', () => {
    expect(kindAt('vgz-huisartsenzorg-2021', 'payment-consequence', 478).length).toBeGreaterThan(0);
    expect(kindAt('caresq-ziekenhuizen-2025', 'payment-consequence', 327).length).toBeGreaterThan(0);
    expect(kindAt('vgz-msz-2024', 'reservation-of-rights', 401).length).toBeGreaterThan(0);
    expect(kindAt('caresq-ziekenhuizen-2025', 'reservation-of-rights', 354).length).toBeGreaterThan(0);
    expect(
      of('caresq-ziekenhuizen-2025').filter(
        (c) =>
          c.kind === 'insurer-commitment' &&
          ((Number(c.lineStart) >= 116 && Number(c.lineEnd) <= 128) || cites(c, 214)),
      ).length,
    ).toBeGreaterThan(3);
    expect(
      of('vgz-huisartsenzorg-2021').filter(
        (c) =>
          c.kind === 'plan-theme' &&
          Number(c.lineStart) >= 196 &&
          Number(c.lineEnd) <= 226 &&
          String(c.key).includes('regioplan-thema-'),
      ),
    ).toHaveLength(17);
    expect(
      of('vgz-huisartsenzorg-2021').filter(
        (c) => c.kind === 'contact-route' && Number(c.lineStart) >= 436 && Number(c.lineEnd) <= 442,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      of('caresq-ziekenhuizen-2025').filter(
        (c) => c.kind === 'contact-route' && Number(c.lineStart) >= 333 && Number(c.lineEnd) <= 337,
      ).length,
    ).toBeGreaterThan(0);
  });

  it('keeps the withdrawn CieBAG MDx requirement out of what the 2024 change row says was added (001:424)', () => {
    const row = graph.nodes.PolicyChange.find((c) => c.key === 'vgz-msz-2024-change-moleculaire-diagnostiek')!;
    expect(
      links('AFFECTS')
        .filter((r) => r.fromKey === row.key)
        .map((r) => r.toKey),
    ).not.toContain('vgz-msz-2024-msz-mdx-ciebag');
  });

  it('invents no earlier wording of the Caresq digitalisation condition, which 004:27 only says changed', () => {
    expect(graph.nodes.Criterion.some((c) => c.key === 'caresq-ziekenhuizen-2024-digitalisering')).toBe(false);
    expect(
      graph.nodes.PolicyChange.find((c) => c.key === 'caresq-ziekenhuizen-2025-change-digitalisering'),
    ).toMatchObject({ effect: 'changed' });
  });

  it('dates "vóór 1 juli" as the day before and "ná 1 juli" as the day after', () => {
    expect(milestones.get('asr-elv-grz-gzsp-2023-2024-contract-2024-melden-voor-1-juli-2023')).toMatchObject({
      date: '2023-06-30',
      dateQualifier: 'before',
    });
    expect(milestones.get('asr-elv-grz-gzsp-2023-2024-meldingen-na-1-juli-2022')).toMatchObject({
      date: '2022-07-02',
      dateQualifier: 'after',
    });
    expect(milestones.get('vgz-huisartsenzorg-2021-ms-gli-leefstijlcoach-zorgzoeker')).toMatchObject({
      date: '2020-11-15',
      datePrecision: 'mid-month',
      dateQualifier: 'around',
    });
  });
});
