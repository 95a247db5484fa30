import {
  AsrHospitalCoverageDocument,
  CompareHospitalRequirementsDocument,
  CoverageByInsurerAndCareTypeDocument,
  HuisartsenpraktijkAtVgzWithNarrowerTypesDocument,
  SustainabilityAcrossProviderTypesDocument,
  ZbcRequirementsAtVgz2024Document,
} from '../../src/client/generated/graphql';
import { useTestApi } from '../utils/server';
import { ask } from '../utils/typed-query';

/** What the ad-hoc questions below select of a requirement. */
type Listed = {
  requirements: {
    totalCount: number;
    emptyReason: string | null;
    edges: Array<{
      node: {
        relation: string;
        appliesVia: { key: string };
        criterion: { key: string; force: string; party: string; source: { documentKey: string; lines: string } };
      };
    }>;
  };
};
const requirements = (args: string) =>
  `{ requirements(${args}, first: 100) { totalCount emptyReason edges { node { relation appliesVia { key }
     criterion { key force party source { documentKey lines } } } } } }`;
const lines = (body: { data?: Listed }) => body.data!.requirements.edges.map((e) => e.node.criterion.source.lines);

describe('requirements answers what binds the provider (issue 18, point 1)', () => {
  const api = useTestApi();

  it('"which requirements must a ZBC meet at VGZ in 2024" gives only requirements and conditions on the provider, no insurer’s promise', async () => {
    const body = await ask(api(), ZbcRequirementsAtVgz2024Document);
    const nodes = body.data!.requirements.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const { criterion } of nodes) {
      expect(['REQUIREMENT', 'CONDITION']).toContain(criterion.force);
      expect(['PROVIDER', 'PROVIDER_AND_INSURER']).toContain(criterion.party);
    }
    expect(nodes.map((n) => n.criterion.key)).not.toContain('vgz-msz-2024-innovatieconsultants');
    expect(body.data!.requirements.emptyReason).toBeNull();
  });

  it('scope: EVERYTHING widens it to everything stated, the innovation consultants’ promise (001:189) included', async () => {
    const binding = await api().query<Listed>(requirements('providerType: "zbc", insurer: "vgz", year: 2024'));
    const everything = await api().query<Listed>(
      requirements('providerType: "zbc", insurer: "vgz", year: 2024, scope: EVERYTHING'),
    );
    expect(everything.data!.requirements.totalCount).toBeGreaterThan(binding.data!.requirements.totalCount);
    const promise = everything.data!.requirements.edges.find(
      (e) => e.node.criterion.key === 'vgz-msz-2024-innovatieconsultants',
    );
    expect(promise?.node.criterion).toMatchObject({ force: 'INTENTION', party: 'INSURER' });
  });

  it('explicit forces and parties replace the default scope’s: "what does VGZ intend to do for a ZBC"', async () => {
    const body = await api().query<Listed>(
      requirements('providerType: "zbc", insurer: "vgz", forces: [INTENTION], parties: [INSURER]'),
    );
    const nodes = body.data!.requirements.edges.map((e) => e.node.criterion);
    expect(nodes.map((c) => c.key)).toContain('vgz-msz-2024-innovatieconsultants');
    for (const c of nodes) expect([c.force, c.party]).toEqual(['INTENTION', 'INSURER']);
    // Forces alone keep the scope's parties (the provider): VGZ states no intention of a ZBC's, and says so.
    const forcesOnly = await api().query<Listed>(
      requirements('providerType: "zbc", insurer: "vgz", forces: [INTENTION]'),
    );
    expect(forcesOnly.data!.requirements.totalCount).toBe(0);
    expect(forcesOnly.data!.requirements.emptyReason).toMatch(
      /^Statements, but none with the forces \(intention\) and parties \(provider, provider-and-insurer\) asked: vgz-msz-2024/,
    );
  });

  it('orderBy: FORCE puts requirements before conditions before expectations, intentions and background, each in document order', async () => {
    const body = await api().query<Listed>(
      requirements('providerType: "zbc", insurer: "vgz", year: 2024, scope: EVERYTHING, orderBy: FORCE'),
    );
    const order = ['REQUIREMENT', 'CONDITION', 'EXPECTATION', 'INTENTION', 'BACKGROUND'];
    const nodes = body.data!.requirements.edges.map((e) => e.node.criterion);
    const ranks = nodes.map((c) => order.indexOf(c.force));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const requirementLines = nodes.filter((c) => c.force === 'REQUIREMENT').map((c) => parseInt(c.source.lines, 10));
    expect(requirementLines).toEqual([...requirementLines].sort((a, b) => a - b));
    const byDocument = await api().query<Listed>(
      requirements('providerType: "zbc", insurer: "vgz", year: 2024, scope: EVERYTHING'),
    );
    expect(new Set(nodes.map((c) => c.key))).toEqual(
      new Set(byDocument.data!.requirements.edges.map((e) => e.node.criterion.key)),
    );
  });
});

describe('narrower provider types and a question across all of them (issue 18, point 2)', () => {
  const api = useTestApi();

  it('requirements for a huisartsenpraktijk at VGZ with narrower types include the huisarts statements of doc 000 lines 125, 170, 335, 343', async () => {
    const body = await ask(api(), HuisartsenpraktijkAtVgzWithNarrowerTypesDocument);
    const narrower = body.data!.requirements.edges.filter((e) => e.node.relation === 'NARROWER');
    const found = narrower.map((e) => `${e.node.criterion.source.documentKey}:${e.node.criterion.source.lines}`);
    for (const line of ['125', '170', '335', '343']) expect(found).toContain(`doc-000:${line}`);
    for (const e of narrower) expect(e.node.appliesVia.key).toBe('huisarts');
    // Without includeNarrower, none of them.
    const without = await api().query<Listed>(
      requirements('providerType: "huisartsenpraktijk", insurer: "vgz", scope: EVERYTHING'),
    );
    expect(without.data!.requirements.edges.filter((e) => e.node.relation === 'NARROWER')).toEqual([]);
    expect(lines(without)).not.toContain('125');
  });

  it('says of every answer whether it names the asked type, a broader or a narrower one', async () => {
    const body = await ask(api(), HuisartsenpraktijkAtVgzWithNarrowerTypesDocument);
    const relations = new Map(body.data!.requirements.edges.map((e) => [e.node.appliesVia.key, e.node.relation]));
    expect(relations.get('huisartsenpraktijk')).toBe('ASKED');
    expect(relations.get('huisartsenzorg-aanbieder')).toBe('BROADER');
    expect(relations.get('huisarts')).toBe('NARROWER');
  });

  it('gzsp at a.s.r. with narrower types includes the 2023 condition for individual specialisten ouderengeneeskunde (002:90), and 002:88 and 002:205', async () => {
    const binding = await api().query<Listed>(
      requirements('providerType: "gzsp-aanbieder", insurer: "asr", includeNarrower: true'),
    );
    const condition = binding.data!.requirements.edges.find((e) => e.node.criterion.source.lines === '90');
    expect(condition?.node).toMatchObject({
      relation: 'NARROWER',
      appliesVia: { key: 'specialist-ouderengeneeskunde' },
      criterion: { force: 'CONDITION', party: 'PROVIDER' },
    });
    const everything = await api().query<Listed>(
      requirements('providerType: "gzsp-aanbieder", insurer: "asr", includeNarrower: true, scope: EVERYTHING'),
    );
    expect(lines(everything)).toEqual(expect.arrayContaining(['88', '90', '205']));
  });

  it('compareRequirements with narrower types counts what VGZ asks of the huisartsen in a practice too', async () => {
    type Compared = {
      compareRequirements: Array<{
        insurers: Array<{ count: number; criteria: Array<{ appliesTo: Array<{ key: string }> }> }>;
      }>;
    };
    const q = (narrower: boolean) =>
      api().query<Compared>(
        `{ compareRequirements(providerType: "huisartsenpraktijk", insurers: ["vgz"], includeNarrower: ${narrower}) { insurers { count criteria { appliesTo { key } } } } }`,
      );
    const count = (body: { data?: Compared }) =>
      body.data!.compareRequirements.reduce((n, t) => n + t.insurers[0]!.count, 0);
    const without = await q(false);
    const withNarrower = await q(true);
    expect(count(withNarrower)).toBeGreaterThan(count(without));
    const scopes = withNarrower.data!.compareRequirements.flatMap((t) =>
      t.insurers[0]!.criteria.flatMap((c) => c.appliesTo.map((p) => p.key)),
    );
    expect(scopes).toContain('huisarts');
  });

  it('a.s.r.’s statement on the prestatie for onderzoek voor toegang tot grz (002:22) reaches a provider type: the elv-instelling line 124 names', async () => {
    const body = await api().query<Listed>(
      requirements('providerType: "elv-aanbieder", insurer: "asr", scope: EVERYTHING'),
    );
    expect(body.data!.requirements.edges.map((e) => e.node.criterion.key)).toContain(
      'asr-elv-grz-gzsp-2023-2024-onderzoek-toegang-grz-vergoeding-onder-voorwaarden',
    );
  });

  it('"what do the policies state on sustainability, whatever provider type": statements across all types, each with its scope', async () => {
    const body = await ask(api(), SustainabilityAcrossProviderTypesDocument);
    const { totalCount, edges, emptyReason } = body.data!.statements;
    expect(emptyReason).toBeNull();
    expect(totalCount).toBe(edges.length);
    const insurers = new Set(edges.map((e) => e.node.insurer?.key));
    // a.s.r. (for elv, grz and gzsp providers), Caresq (for hospitals) and VGZ (its vision for medical
    // specialist care, 001:201) all write on it.
    expect(insurers).toEqual(new Set(['asr', 'caresq', 'vgz']));
    for (const { node } of edges) expect(node.scopedTo.length).toBeGreaterThan(0);
    expect(edges.some((e) => e.node.scopedTo.some((p) => p.key === 'ziekenhuis'))).toBe(true);
    expect(edges.some((e) => e.node.scopedTo.some((p) => p.key === 'grz-aanbieder'))).toBe(true);
  });

  it('every statement of every policy has a scope: no statement is out of reach of a question by provider type', async () => {
    type Page = {
      statements: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { criterion: { key: string }; scopedTo: Array<{ key: string }> } }>;
      };
    };
    let after: string | null = null;
    let seen = 0;
    do {
      const body: { data?: Page } = await api().query<Page>(
        'query($after: String) { statements(includeGuidelines: true, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { criterion { key } scopedTo { key } } } } }',
        { after },
      );
      const page: Page['statements'] = body.data!.statements;
      for (const { node } of page.edges)
        expect([node.criterion.key, node.scopedTo.length > 0]).toEqual([node.criterion.key, true]);
      seen += page.edges.length;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toBeGreaterThan(300);
  });

  it('statements filters by force and party as requirements does: what binds providers, across every type', async () => {
    type Forces = { statements: { totalCount: number; edges: Array<{ node: { criterion: { force: string } } }> } };
    const body = await api().query<Forces>(
      '{ statements(forces: [REQUIREMENT], parties: [PROVIDER], first: 100) { totalCount edges { node { criterion { force } } } } }',
    );
    expect(body.data!.statements.totalCount).toBeGreaterThan(0);
    for (const e of body.data!.statements.edges) expect(e.node.criterion.force).toBe('REQUIREMENT');
  });
});

describe('coverage, and why an answer is empty (issue 18, point 3)', () => {
  const api = useTestApi();

  it('"which policies and documents does the graph hold": a.s.r. for elv, grz and gzsp from doc-002, VGZ MSZ 2024 from doc-001, on sustainability through its vision paragraph', async () => {
    const body = await ask(api(), CoverageByInsurerAndCareTypeDocument);
    const { cells, emptyReason } = body.data!.coverage;
    expect(emptyReason).toBeNull();
    const asr = cells.filter((c) => c.insurer.key === 'asr');
    expect(new Set(asr.map((c) => c.careType.key))).toEqual(new Set(['elv', 'grz', 'gzsp']));
    expect(new Set(asr.map((c) => c.year))).toEqual(new Set([2022, 2023, 2024]));
    for (const c of asr) expect(c.documents.map((d) => d.key)).toEqual(['doc-002']);
    const vgzMsz = cells.find((c) => c.insurer.key === 'vgz' && c.careType.key === 'msz' && c.year === 2024)!;
    expect(vgzMsz.policies.map((p) => p.key)).toEqual(['vgz-msz-2024']);
    expect(vgzMsz.documents.map((d) => d.key)).toEqual(['doc-001']);
    const topics = vgzMsz.topics.map((t) => t.topic.key);
    expect(topics).toContain('sustainability');
    for (const t of vgzMsz.topics) expect(t.binding).toBeLessThanOrEqual(t.statements);
    // Eucare's hospital care is purchased through Caresq's policy.
    expect(
      cells.some((c) => c.insurer.key === 'eucare' && c.policies.some((p) => p.key === 'caresq-ziekenhuizen-2025')),
    ).toBe(true);
  });

  it('"does the graph hold a hospital policy of a.s.r.": no, and it says what a.s.r.’s policies cover instead', async () => {
    const body = await ask(api(), AsrHospitalCoverageDocument);
    expect(body.data!.coverage.cells).toEqual([]);
    expect(body.data!.coverage.emptyReason).toBe(
      'No policy of asr covering msz (or a narrower care type): the graph holds none. Its policies cover elv, grz, gzsp.',
    );
  });

  it('a.s.r. has no hospital policy: the comparison says so, and tells VGZ’s silence on patient experience apart', async () => {
    const body = await ask(api(), CompareHospitalRequirementsDocument);
    const cell = (topic: string, insurer: string) =>
      body
        .data!.compareRequirements.find((t) => t.topic.key === topic)!
        .insurers.find((i) => i.insurer.key === insurer)!;
    for (const topic of body.data!.compareRequirements) {
      const asr = topic.insurers.find((i) => i.insurer.key === 'asr')!;
      expect(asr).toMatchObject({ count: 0, status: 'NO_POLICY' });
      expect(asr.reason).toMatch(/^No policy of asr .* states anything for ziekenhuis/);
    }
    expect(cell('patient-experience', 'vgz')).toMatchObject({ count: 0, status: 'NO_STATEMENT' });
    expect(cell('patient-experience', 'vgz').reason).toMatch(/vgz-msz-2024 states nothing on it/);
    expect(cell('sustainability', 'vgz')).toMatchObject({ status: 'STATED', reason: null });
    expect(cell('sustainability', 'eucare')).toMatchObject({ status: 'STATED', reason: null });
    expect(cell('sustainability', 'eucare').count).toBeGreaterThan(0);
  });

  it('a comparison narrowed to binding statements says where the insurer states something, but not of that force', async () => {
    type Compared = {
      compareRequirements: Array<{
        topic: { key: string };
        insurers: Array<{ status: string; reason: string | null }>;
      }>;
    };
    const body = await api().query<Compared>(
      '{ compareRequirements(providerType: "ziekenhuis", insurers: ["eucare"], forces: [REQUIREMENT, CONDITION]) { topic { key } insurers { status reason } } }',
    );
    const sustainability = body.data!.compareRequirements.find((t) => t.topic.key === 'sustainability')!;
    expect(sustainability.insurers[0]!.status).toBe('NOT_ASKED_FOR');
    expect(sustainability.insurers[0]!.reason).toMatch(
      /^caresq-ziekenhuizen-2025 states \d+ statements on sustainability/,
    );
  });

  it('an empty requirements answer says why: no policy, no statement for the type, none on the topic, none of the forces asked', async () => {
    const reason = async (args: string) =>
      (await api().query<Listed>(requirements(args))).data!.requirements.emptyReason;
    expect(await reason('providerType: "ziekenhuis", insurer: "asr", careType: "msz"')).toMatch(
      /^No policy of asr covering msz \(or a narrower care type\): the graph holds none/,
    );
    expect(await reason('providerType: "ziekenhuis", insurer: "asr"')).toMatch(
      /^A policy, but no statement for ziekenhuis: asr-elv-grz-gzsp-2023-2024 states nothing for ziekenhuis/,
    );
    expect(await reason('providerType: "ziekenhuis", insurer: "vgz", topic: "patient-experience"')).toMatch(
      /^A policy, but no statement on patient-experience for ziekenhuis: vgz-msz-2024 holds \d+ statements for ziekenhuis, none on this topic/,
    );
    expect(await reason('providerType: "ziekenhuis", insurer: "eucare", topic: "sustainability"')).toMatch(
      /^Statements, but none with the forces \(requirement, condition\) and parties \(provider, provider-and-insurer\) asked: caresq-ziekenhuizen-2025 holds \d+ statements on sustainability/,
    );
    expect(await reason('providerType: "zbc", insurer: "vgz"')).toBeNull();
  });

  it('asking why costs nothing when the answer is not empty', async () => {
    const calls = async (selection: string) => {
      const before = api().engine.calls;
      await api().query(`{ requirements(providerType: "zbc", insurer: "vgz") { totalCount ${selection} } }`);
      return api().engine.calls - before;
    };
    expect(await calls('emptyReason')).toBe(await calls(''));
  });
});
