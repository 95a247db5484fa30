import { csvCell } from '../../src/server/csv-export';
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
    const sustainability = compare.find((r) => r[0] === 'sustainability' && r[1] === 'vgz')!;
    expect(sustainability[11]).toBe('NO_STATEMENT');
    expect(sustainability[12]).toMatch(/vgz-msz-2024/);
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

  it('writes cells a spreadsheet reads as text, never as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('plain')).toBe('plain');
  });
});
