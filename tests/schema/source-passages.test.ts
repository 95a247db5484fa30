import { useTestApi } from '../utils/server';

interface Line {
  number: number;
  text: string;
  cited: boolean;
}
interface Lines {
  documentKey: string;
  lineStart: number;
  lineEnd: number;
  lines: Line[];
  text: string;
}
interface Hit {
  kind: string;
  key: string;
  snippet: string;
  policy: { key: string } | null;
  source: { documentKey: string; lines: string; quote: string } | null;
  node: { __typename: string; heading?: string | null; statementCount?: number };
}

describe('source passages: the lines around a citation, and the paragraphs that hold no statement', () => {
  const api = useTestApi();
  const linesSelection = 'documentKey lineStart lineEnd text lines { number text cited }';

  const passage = async (document: string, from: number, to: number) =>
    api().query<{ sourceDocument: { passage: Lines } }>(
      `query($d: String!, $from: Int!, $to: Int!) { sourceDocument(key: $d) { passage(from: $from, to: $to) { ${linesSelection} } } }`,
      { d: document, from, to },
    );

  const search = async (query: string, extra = '') => {
    const body = await api().query<{ search: { totalCount: number; edges: Array<{ node: Hit }> } }>(
      `query($q: String!) { search(query: $q, first: 100${extra}) { totalCount edges { node { kind key snippet policy { key }
        source { documentKey lines quote } node { __typename ... on Passage { heading statementCount } } } } } }`,
      { q: query },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.search.edges.map((e) => e.node);
  };

  it('the passage around VGZ’s sustainability paragraph (doc 001, line 201) reads "gezond, gelijk en groen"', async () => {
    const body = await passage('doc-001', 199, 203);
    expect(body.errors).toBeUndefined();
    const lines = body.data!.sourceDocument.passage;
    expect(lines).toMatchObject({ documentKey: 'doc-001', lineStart: 199, lineEnd: 203 });
    expect(lines.lines.map((l) => l.number)).toEqual([199, 200, 201, 202, 203]);
    // Exactly as the text file has it, markup included; a blank line is "".
    expect(lines.lines[2]!.text).toMatch(/^- ✓ \*\*Duurzaamheid:\*\* we stimuleren initiatieven/);
    expect(lines.lines[2]!.text).toContain('gezond, gelijk en groen');
    expect(lines.lines[3]!.text).toBe('');
    expect(lines.lines[4]!.text).toBe('Samen maken we de zorg toekomstbestendig. Voor iedereen.');
    expect(lines.text).toContain('Duurzaamheid: we stimuleren');
  });

  it('a range outside the document, reversed or too long is BAD_USER_INPUT naming the argument', async () => {
    const lineCount = (
      await api().query<{ sourceDocument: { lineCount: number } }>('{ sourceDocument(key: "doc-001") { lineCount } }')
    ).data!.sourceDocument.lineCount;
    const beyond = await passage('doc-001', lineCount, lineCount + 1);
    expect(beyond.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    expect(beyond.errors![0]!.message).toContain(String(lineCount));
    const zero = await passage('doc-001', 0, 3);
    expect(zero.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    const reversed = await passage('doc-001', 10, 5);
    expect(reversed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    const long = await passage('doc-001', 1, 400);
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    // The last line itself is fine.
    expect((await passage('doc-001', lineCount, lineCount)).errors).toBeUndefined();
  });

  it('a citation’s context: the cited line of the ZBC AGB-code requirement with two lines either side', async () => {
    const body = await api().query<{ criterion: { source: { lines: string; context: Lines } } }>(
      `{ criterion(key: "vgz-msz-2024-zbc-agb-code") { source { lines context { ${linesSelection} } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { lines, context } = body.data!.criterion.source;
    expect(lines).toBe('440');
    expect(context.lineStart).toBe(438);
    expect(context.lineEnd).toBe(442);
    expect(context.lines.filter((l) => l.cited).map((l) => l.number)).toEqual([440]);
    expect(context.lines.find((l) => l.cited)!.text).toContain('geldige AGB-code');
    // The heading it stands under is among the neighbours.
    expect(context.lines[0]!.text).toContain("Aanvullende minimeisen voor ZBC's");
  });

  it('a citation’s context takes before/after from 0 to 20 and stops at the document’s first line', async () => {
    const wide = await api().query<{ policy: { source: { lineStart: number; context: Lines } } }>(
      '{ policy(key: "vgz-msz-2024") { source { lineStart context(before: 20, after: 0) { lineStart lineEnd } } } }',
    );
    expect(wide.errors).toBeUndefined();
    const { lineStart, context } = wide.data!.policy.source;
    expect(context.lineStart).toBe(Math.max(1, lineStart - 20));
    const tooMany = await api().query(
      '{ criterion(key: "vgz-msz-2024-zbc-agb-code") { source { context(before: 21) { lineStart } } } }',
    );
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
  });

  it('VGZ’s sustainability principle is a curated statement: "gezond gelijk groen" finds it, cited at doc 001 line 201', async () => {
    const hits = await search('gezond gelijk groen');
    const statement = hits.find((h) => h.key === 'vgz-msz-2024-uitgangspunt-duurzaamheid');
    expect(statement).toMatchObject({ kind: 'CRITERION', source: { documentKey: 'doc-001', lines: '201' } });
    // Its paragraph now holds a statement, so it is not offered again as text.
    expect(hits.filter((h) => h.kind === 'SOURCE_TEXT' && h.source?.documentKey === 'doc-001')).toEqual([]);
    const body = await api().query<{ criterion: { force: string; party: string; topic: { key: string } } }>(
      '{ criterion(key: "vgz-msz-2024-uitgangspunt-duurzaamheid") { force party topic { key } } }',
    );
    expect(body.data!.criterion).toEqual({ force: 'INTENTION', party: 'INSURER', topic: { key: 'sustainability' } });
  });

  it('searching "coronacrisis digitaliseren" finds the source text of doc 001 line 183, said to be text, not a statement', async () => {
    const hits = await search('coronacrisis digitaliseren');
    expect(hits.length).toBeGreaterThan(0);
    const [hit] = hits;
    expect(hit).toMatchObject({
      kind: 'SOURCE_TEXT',
      key: 'doc-001-l183',
      policy: { key: 'vgz-msz-2024' },
      source: { documentKey: 'doc-001', lines: '183' },
      node: { __typename: 'Passage', heading: 'Van fysiek naar digitaal', statementCount: 0 },
    });
    expect(hit!.snippet).toContain('<mark>');
    expect(hit!.source!.quote).toMatch(/^Tijdens de coronacrisis bleek dat het digitaliseren/);
  });

  it('source text comes only after the curated hits for the same words, and can be asked for alone', async () => {
    const kinds = (hits: Hit[]) => hits.map((h) => h.kind);
    // Without kinds, a query that curated statements answer shows no source text.
    expect(kinds(await search('digitale zorg'))).not.toContain('SOURCE_TEXT');
    const mixed = kinds(await search('digitale zorg', ', kinds: [CRITERION, SOURCE_TEXT]'));
    expect(mixed).toContain('CRITERION');
    expect(mixed).toContain('SOURCE_TEXT');
    expect(mixed.indexOf('SOURCE_TEXT')).toBeGreaterThan(mixed.lastIndexOf('CRITERION'));
    const text = await search('digitale zorg', ', kinds: [SOURCE_TEXT]');
    expect(text.length).toBeGreaterThan(0);
    for (const h of text) expect(h).toMatchObject({ kind: 'SOURCE_TEXT', node: { statementCount: 0 } });
    // Scoped to an insurer: only the paragraphs of that insurer's documents.
    const asr = await search('digitale zorg', ', kinds: [SOURCE_TEXT], insurer: "asr"');
    for (const h of asr) expect(h.source!.documentKey).toBe('doc-002');
  });

  it('a paragraph knows its document, lines and heading', async () => {
    const body = await api().query<{
      passage: { firstLine: number; lastLine: number; heading: string; document: { key: string }; text: string };
    }>('{ passage(key: "doc-001-l199") { firstLine lastLine heading document { key } text } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.passage).toMatchObject({ firstLine: 199, lastLine: 201, document: { key: 'doc-001' } });
    expect(body.data!.passage.text.split('\n')).toHaveLength(3);
  });
});
