import { schema } from '../../src/schema';
import { csvCell, EXPORTS } from '../../src/server/csv-export';
import { useTestApi } from '../utils/server';

/** Parses the CSV the export writes (RFC 4180: quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('answers as CSV for analysts (GET /export/<question>.csv)', () => {
  const api = useTestApi();
  const get = (path: string) => fetch(`${api().server.url}${path}`);

  it('gives every requirement a ZBC must meet at VGZ in 2024, each with its citation, as the API does', async () => {
    const res = await get('/export/requirements.csv?providerType=zbc&insurer=vgz&year=2024');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      'policy',
      'insurer',
      'appliesVia',
      'criterion',
      'kind',
      'party',
      'partyName',
      'force',
      'topic',
      'text',
      'withdrawnOn',
      'document',
      'lines',
      'quote',
      'reviewed',
    ]);
    const api1 = await api().query<{ requirements: { totalCount: number } }>(
      '{ requirements(providerType: "zbc", insurer: "vgz", year: 2024) { totalCount } }',
    );
    expect(rows).toHaveLength(api1.data!.requirements.totalCount);
    const agb = rows.find((r) => r[3] === 'vgz-msz-2024-zbc-agb-code')!;
    // The curated graph: every statement reviewed.
    expect(agb.slice(11)).toEqual(['doc-001', '440', expect.stringContaining('AGB-code'), 'true']);
  });

  it('gives the whole answer, past the API’s page of 100', async () => {
    const rows = parseCsv(
      await (await get('/export/requirements.csv?providerType=ziekenhuis&scope=EVERYTHING')).text(),
    ).slice(1);
    const total = await api().query<{ requirements: { totalCount: number } }>(
      '{ requirements(providerType: "ziekenhuis", scope: EVERYTHING) { totalCount } }',
    );
    expect(total.data!.requirements.totalCount).toBeGreaterThan(100);
    expect(rows).toHaveLength(total.data!.requirements.totalCount);
    expect(new Set(rows.map((r) => r[3])).size).toBe(rows.length);
  });

  it('gives a policy diff and a comparison across insurers with citations', async () => {
    const diff = parseCsv(await (await get('/export/policy-diff.csv?from=vgz-msz-2023&to=vgz-msz-2024')).text());
    expect(diff.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual(
      expect.arrayContaining(['added vgz-msz-2024-msz-mdx-sla', 'added vgz-msz-2024-revalidatie-ccl']),
    );
    const compare = parseCsv(await (await get('/export/compare-requirements.csv?insurers=vgz,asr,eucare')).text());
    expect(new Set(compare.slice(1).map((r) => r[1]))).toEqual(new Set(['vgz', 'asr', 'eucare']));
    const stated = compare.slice(1).filter((r) => r[3] !== '');
    for (const r of stated)
      expect([r[8], r[11], r[13]]).toEqual([expect.stringMatching(/^doc-00\d$/), 'STATED', 'true']);
  });

  it('says in the comparison which insurer has no policy and which states nothing on a topic, as GraphQL does', async () => {
    const compare = parseCsv(
      await (await get('/export/compare-requirements.csv?providerType=ziekenhuis&insurers=vgz,asr,eucare')).text(),
    );
    expect(compare[0]!.slice(11)).toEqual(['status', 'reason', 'reviewed']);
    const asr = compare.slice(1).filter((r) => r[1] === 'asr');
    expect(asr.length).toBeGreaterThan(0);
    for (const r of asr) expect([r[3], r[11]]).toEqual(['', 'NO_POLICY']);
    // VGZ has a hospital policy, but not a statement on every topic: those rows say so and name the policy.
    const silent = compare.slice(1).filter((r) => r[1] === 'vgz' && r[11] === 'NO_STATEMENT');
    expect(silent.length).toBeGreaterThan(0);
    for (const r of silent) expect(r[12]).toMatch(/vgz-msz-2024/);
  });

  it('names what is wrong in a request, as the API does', async () => {
    const year = await get('/export/requirements.csv?providerType=zbc&year=next');
    expect(year.status).toBe(400);
    expect(await year.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'year' } }] });
    const unknown = await get('/export/requirements.csv?providerType=tandarts');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toMatch(/providerType/);
    expect((await get('/export/requirements.csv?providerType=zbc&colour=red')).status).toBe(400);
    expect((await get('/export/everything.csv')).status).toBe(404);
  });

  it('takes every argument the GraphQL question takes (paging aside: an export is the whole answer)', () => {
    const questions = schema.getQueryType()!.getFields();
    const args = (field: string) =>
      questions[field]!.args.map((a) => a.name)
        .filter((a) => !['first', 'last', 'after', 'before'].includes(a))
        .sort();
    const params = (file: string) => EXPORTS[file]!.params.map((p) => p.name).sort();
    expect(params('requirements.csv')).toEqual(args('requirements'));
    expect(params('compare-requirements.csv')).toEqual(args('compareRequirements'));
    expect(params('milestones.csv')).toEqual(args('milestones'));
    expect(params('milestones.ics')).toEqual(args('milestones'));
    expect(params('requirements.csv')).toEqual(expect.arrayContaining(['forces', 'parties', 'kinds']));
  });

  it('gives only what binds a ZBC at VGZ when asked by force and party, as requirements(forces, parties) does', async () => {
    const res = await get(
      '/export/requirements.csv?providerType=zbc&insurer=vgz&forces=requirement,condition&parties=provider,provider_and_insurer',
    );
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text()).slice(1);
    const answer = await api().query<{ requirements: { totalCount: number } }>(
      '{ requirements(providerType: "zbc", insurer: "vgz", forces: [REQUIREMENT, CONDITION], parties: [PROVIDER, PROVIDER_AND_INSURER]) { totalCount } }',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(answer.data!.requirements.totalCount);
    expect(new Set(rows.map((r) => r[7]))).toEqual(new Set(['REQUIREMENT', 'CONDITION']));
    expect(rows.every((r) => ['PROVIDER', 'PROVIDER_AND_INSURER'].includes(r[5]!))).toBe(true);
  });

  it('gives everything VGZ states of the information a ZBC must supply (scope and kinds, repeated or comma-separated), as the API does', async () => {
    const rows = parseCsv(
      await (
        await get(
          '/export/requirements.csv?providerType=zbc&insurer=vgz&scope=everything&kinds=information-requirement',
        )
      ).text(),
    ).slice(1);
    const answer = await api().query<{ requirements: { totalCount: number } }>(
      '{ requirements(providerType: "zbc", insurer: "vgz", scope: EVERYTHING, kinds: [INFORMATION_REQUIREMENT]) { totalCount } }',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(answer.data!.requirements.totalCount);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['INFORMATION_REQUIREMENT']));
    const twice = parseCsv(
      await (
        await get(
          '/export/requirements.csv?providerType=zbc&insurer=vgz&scope=EVERYTHING&kinds=information_requirement&kinds=contact_route',
        )
      ).text(),
    ).slice(1);
    expect(new Set(twice.map((r) => r[4]))).toEqual(new Set(['INFORMATION_REQUIREMENT', 'CONTACT_ROUTE']));
  });

  it('keeps every insurer asked in the hospital comparison, saying where the graph holds no statement', async () => {
    const compare = parseCsv(
      await (await get('/export/compare-requirements.csv?providerType=ziekenhuis&insurers=vgz,asr,eucare')).text(),
    );
    expect(compare[0]!.slice(0, 2)).toEqual(['topic', 'insurer']);
    const byTopic = new Map<string, Set<string>>();
    for (const [topic, insurer] of compare.slice(1))
      byTopic.set(topic!, (byTopic.get(topic!) ?? new Set()).add(insurer!));
    for (const insurers of byTopic.values()) expect(insurers).toEqual(new Set(['vgz', 'asr', 'eucare']));
    // a.s.r. has no hospital policy in the sources: every topic says so rather than leaving a.s.r. out.
    const asr = compare.slice(1).filter((r) => r[1] === 'asr');
    expect(asr.length).toBe(byTopic.size);
    expect(asr.every((r) => r[11] === 'NO_POLICY' && r.slice(2, 11).every((cell) => cell === ''))).toBe(true);
  });

  it('gives VGZ’s calendar for ZBC’s in the second half of 2023 as a spreadsheet, as milestones does', async () => {
    const res = await get('/export/milestones.csv?insurer=vgz&audience=zbc&from=2023-05-01&to=2023-12-31');
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      'policy',
      'insurer',
      'milestone',
      'kind',
      'date',
      'dateEnd',
      'datePrecision',
      'dateQualifier',
      'datePart',
      'dateText',
      'term',
      'termFrom',
      'action',
      'actor',
      'channel',
      'audience',
      'audienceTypes',
      'curatorNote',
      'document',
      'lines',
      'quote',
      'reviewed',
    ]);
    const answer = await api().query<{ milestones: Array<{ key: string }> }>(
      '{ milestones(insurer: "vgz", audience: "zbc", from: "2023-05-01", to: "2023-12-31") { key } }',
    );
    expect(rows.map((r) => r[2])).toEqual(answer.data!.milestones.map((m) => m.key));
    const request = rows.find((r) => r[2] === 'vgz-msz-2024-planning-zbc-aanvragen-overeenkomst')!;
    expect([request[3], request[4], request[6], request[9], request[12], request[18]]).toEqual([
      'DEADLINE',
      '2023-06-01',
      'DAY',
      'Uiterlijk 1 juni 2023',
      'Aanvragen overeenkomst voor nieuwe zorgaanbieders',
      'doc-001',
    ]);
  });

  it('names a parameter whose value is wrong, with the values it takes', async () => {
    const force = await get('/export/requirements.csv?providerType=zbc&forces=binding');
    expect(force.status).toBe(400);
    const body = (await force.json()) as { errors: Array<{ message: string; extensions: { argument: string } }> };
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'forces' });
    expect(body.errors[0]!.message).toMatch(/forces must be one of .*condition.*requirement/);
    const date = await get('/export/milestones.csv?from=1-6-2023');
    expect(await date.json()).toMatchObject({ errors: [{ extensions: { argument: 'from' } }] });
    const twice = await get('/export/requirements.csv?providerType=zbc&providerType=msz-aanbieder');
    expect(JSON.stringify(await twice.json())).toMatch(/Parameter providerType is given more than once/);
    const missing = await get('/export/requirements.csv?insurer=vgz');
    expect(missing.status).toBe(400);
    const required = JSON.stringify(await missing.json());
    expect(required).toMatch(/Parameter providerType is required/);
    expect(required).toMatch(/"argument":"providerType"/);
  });

  it('writes cells a spreadsheet reads as text, never as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('plain')).toBe('plain');
  });
});
