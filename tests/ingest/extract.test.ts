import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument, type ExtractOptions } from '../../src/ingest/extract';
import { IngestError, type ExtractedText } from '../../src/ingest/types';
import {
  encryptedPdf,
  pdfWithoutText,
  sourceLines,
  standardFont,
  typesetPdf,
  winAnsi,
  type FixtureBlock,
  type TypesetPdf,
} from '../utils/ingest-fixtures';

const MSZ = '001_51680a5ea2501e2f.txt';
const HEADER = 'Inkoopbeleid MSZ 2024';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const words = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean);

async function failure(path: string, options?: ExtractOptions): Promise<IngestError> {
  const error: unknown = await extractDocument(path, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('PDF typeset from the MSZ 2024 source', () => {
  const markers = ['•', '-', '–', '1.', 'a)'];
  let blocks: FixtureBlock[];
  let typeset: TypesetPdf;
  let extracted: ExtractedText;
  let table: string[][];

  beforeAll(async () => {
    const font = await standardFont();
    const lines = sourceLines(MSZ);
    // A 3-column change table from the source (its first two words a cell, so every cell fits its column).
    table = lines
      .filter((line) => line.split('\t').length === 3)
      .slice(0, 4)
      .map((row) => row.split('\t').map((cell) => winAnsi(cell, font).split(' ').slice(0, 2).join(' ')));
    const body = lines
      .filter((line) => line.trim() !== '' && !line.includes('\t'))
      .slice(0, 120)
      .map((line) => winAnsi(line, font))
      .filter(Boolean);
    let bullet = 0;
    blocks = body.map((text, i): FixtureBlock => {
      if (text.startsWith('- '))
        return { kind: 'bullet', marker: markers[bullet++ % markers.length]!, text: text.slice(2) };
      return i === 0 ? { kind: 'paragraph', text, size: 16 } : { kind: 'paragraph', text };
    });
    blocks.splice(60, 0, { kind: 'table', rows: table });
    typeset = await typesetPdf(blocks, {
      header: HEADER,
      footer: (page, count) => `Pagina ${page} van ${count}`,
      hyphenate: { word: 'zorgaanbieders', at: 4 },
    });
    extracted = await extractDocument(write('msz-2024.pdf', typeset.bytes));
  });

  it('is typeset over several pages, with the broken word, bullets and the table in it', () => {
    expect(typeset.pageCount).toBeGreaterThanOrEqual(3);
    expect(typeset.lines.some((l) => l.text.endsWith(' zorg-'))).toBe(true);
    expect(extracted).toMatchObject({ fileName: 'msz-2024.pdf', format: 'pdf' });
    expect(extracted.pages).toHaveLength(extracted.lines.length);
  });

  it("gives back the source's words in order, and nothing else", () => {
    const expected = blocks.flatMap((block) =>
      block.kind === 'table'
        ? words(block.rows.map((row) => row.join(' ')))
        : words([block.kind === 'bullet' ? `${block.marker} ${block.text}` : block.text]),
    );
    expect(words(extracted.lines)).toEqual(expected);
  });

  it('drops the running header, the footer and the page numbers', () => {
    expect(extracted.lines.filter((l) => l.includes(HEADER))).toEqual([]);
    expect(extracted.lines.filter((l) => /Pagina \d+ van \d+/.test(l))).toEqual([]);
    // The cover's "2024" is a year, not a page number: it stays.
    expect(extracted.lines).toContain('2024');
  });

  it('rejoins the word broken with a hyphen across two lines', () => {
    const broken = typeset.lines.findIndex((l) => l.text.endsWith(' zorg-'));
    const joined = typeset.lines[broken]!.text.replace(/zorg-$/, 'zorgaanbieders');
    expect(extracted.lines).toContain(joined);
    expect(extracted.lines.filter((l) => l.endsWith('zorg-'))).toEqual([]);
    expect(extracted.lines.some((l) => l.startsWith('aanbieders'))).toBe(false);
  });

  it('keeps every line as typeset, each bullet at its line start, on its page', () => {
    // The drawn lines, with the broken word put back together the way extraction must.
    const expected = typeset.lines.map((l) => ({ ...l }));
    const broken = expected.findIndex((l) => l.text.endsWith(' zorg-'));
    expected[broken]!.text = expected[broken]!.text.replace(/zorg-$/, 'zorgaanbieders');
    expected[broken + 1]!.text = expected[broken + 1]!.text.replace(/^aanbieders ?/, '');
    const drawn = expected.filter((l) => l.text !== '');
    const got = extracted.lines.flatMap((text, i) => (text === '' ? [] : [{ text, page: extracted.pages![i] }]));
    expect(got).toEqual(drawn);
    for (const block of blocks) {
      if (block.kind !== 'bullet') continue;
      const start = `${block.marker} ${block.text.split(' ').slice(0, 3).join(' ')}`;
      expect(extracted.lines.filter((l) => l.startsWith(start))).toHaveLength(1);
    }
    expect(new Set(extracted.pages)).toEqual(new Set(Array.from({ length: typeset.pageCount }, (_, i) => i + 1)));
  });

  it('gives table rows back as tab-separated cells in order', () => {
    const rows = extracted.lines.filter((l) => l.includes('\t'));
    expect(rows).toEqual(table.map((row) => row.join('\t')));
  });

  it('separates paragraphs with an empty line, never splitting one', () => {
    const first = blocks.findIndex((b, i) => i > 0 && b.kind === 'paragraph' && b.text.length > 300);
    const paragraph = (blocks[first] as { text: string }).text;
    const start = extracted.lines.findIndex((l) => l.length > 40 && paragraph.startsWith(l));
    let end = start;
    while (extracted.lines[end + 1]) end += 1;
    expect(extracted.lines.slice(start, end + 1).join(' ')).toBe(paragraph);
    expect(extracted.lines[start - 1]).toBe('');
    expect(extracted.lines[end + 1]).toBe('');
  });
});

describe('HTML page', () => {
  const lines = sourceLines(MSZ).filter((l) => l.trim() !== '' && !l.includes('\t'));
  const rows = sourceLines(MSZ)
    .filter((l) => l.split('\t').length === 3)
    .slice(0, 3)
    .map((r) => r.split('\t'));
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = lines.filter((l) => l.length > 200).slice(0, 3);
  const headings = lines.filter((l) => l.length < 60 && /^[A-Z]/.test(l)).slice(8, 10);
  const items = lines.filter((l) => l.startsWith('- ')).slice(0, 3);

  const html = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Inkoopbeleid</title>
<style>main { color: black }</style><script>var tracking = "Selectieve inkoop";</script></head>
<body>
  <div id="cookie-banner" class="consent"><p>Wij gebruiken cookies.</p><button>Accepteren</button></div>
  <header><a href="/">Coöperatie VGZ</a><nav><ul><li><a href="/zorgaanbieders">Zorgaanbieders</a></li><li>Contact</li></ul></nav></header>
  <main>
    <h1>${escape(headings[0]!)}</h1>
    <p>${escape(paragraphs[0]!.slice(0, 80))} <a href="#">${escape(paragraphs[0]!.slice(80))}</a></p>
    <h2>
      ${escape(headings[1]!)}
    </h2>
    <p>${escape(paragraphs[1]!)}</p>
    <ul>${items.map((i) => `<li>${escape(i.slice(2))}</li>`).join('\n')}</ul>
    <ol><li>${escape(paragraphs[2]!.slice(0, 60))}</li><li>Tweede stap</li></ol>
    <form><label>Zoek</label><input name="q"></form>
    <table><thead><tr>${rows[0]!.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead>
      <tbody>${rows
        .slice(1)
        .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('\n')}</tbody></table>
  </main>
  <aside>Lees ook: ons nieuws</aside>
  <footer><p>© 2023 Coöperatie VGZ</p><p>Privacy</p></footer>
</body></html>`;

  it('gives only the main content, in order: headings, paragraphs, bullets, numbered items, table rows', async () => {
    const extracted = await extractDocument(write('msz-2024.html', html));
    expect(extracted.format).toBe('html');
    expect(extracted.pages).toBeUndefined();
    const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(extracted.lines).toEqual([
      headings[0],
      '',
      collapse(paragraphs[0]!.slice(0, 80) + ' ' + paragraphs[0]!.slice(80)),
      '',
      headings[1],
      '',
      collapse(paragraphs[1]!),
      '',
      ...items.map((i) => `- ${collapse(i.slice(2))}`),
      '',
      `1. ${collapse(paragraphs[2]!.slice(0, 60))}`,
      '2. Tweede stap',
      '',
      ...rows.map((r) => r.map(collapse).join('\t')),
    ]);
  });

  it('finds the largest text container when there is no <main>, and reads declared Windows-1252', async () => {
    const page = `<html><head><meta charset="windows-1252"></head><body>
      <div class="cookie-notice">Cookies</div><header>Menu</header>
      <div class="wrapper"><div class="content"><h1>Co\xf6peratie VGZ</h1><p>${escape(paragraphs[0]!)}</p></div>
      <div class="sidebar">Nieuws</div></div><footer>Contact</footer></body></html>`;
    const extracted = await extractDocument(write('plain.htm', Buffer.from(page, 'latin1')));
    expect(extracted.lines).toEqual(['Coöperatie VGZ', '', paragraphs[0]!.replace(/\s+/g, ' ').trim()]);
  });
});

describe('text and markdown', () => {
  it('keeps the lines of a source text as they are, CRLF or not', async () => {
    const source = sourceLines(MSZ);
    const extracted = await extractDocument(write('bron.txt', source.join('\r\n')));
    expect(extracted).toEqual({ fileName: 'bron.txt', format: 'text', lines: source });
  });
});

describe('input extraction refuses, naming the file and the problem', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    const font = await standardFont();
    good = (await typesetPdf([{ kind: 'paragraph', text: winAnsi(sourceLines(MSZ).slice(0, 200).join(' '), font) }]))
      .bytes;
  });

  // Every row has its options (jest would take a missing fourth argument for a `done` callback).
  const cases: Array<[string, () => Promise<string>, RegExp, ExtractOptions]> = [
    ['an empty file', () => Promise.resolve(write('leeg.pdf', '')), /^leeg\.pdf: empty file/, {}],
    [
      'a truncated PDF',
      () => Promise.resolve(write('half.pdf', good.subarray(0, good.length / 2))),
      /^half\.pdf: truncated PDF/,
      {},
    ],
    ['an encrypted PDF', async () => write('geheim.pdf', await encryptedPdf()), /^geheim\.pdf: encrypted PDF/, {}],
    [
      'a PDF without a text layer',
      async () => write('scan.pdf', await pdfWithoutText()),
      /^scan\.pdf: no text layer: OCR is not supported/,
      {},
    ],
    [
      'HTML with no main content',
      () =>
        Promise.resolve(
          write(
            'leeg.html',
            '<!doctype html><html><body><nav><a href="/">Home</a></nav><div id="cookieConsent">Cookies?</div><footer>VGZ</footer></body></html>',
          ),
        ),
      /^leeg\.html: HTML with no main content/,
      {},
    ],
    [
      'a binary file of unknown format',
      () => Promise.resolve(write('data.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0xff, 0x00, 0x01]))),
      /^data\.bin: unknown format/,
      {},
    ],
    [
      'a file over the size limit',
      () => Promise.resolve(write('groot.txt', 'Inkoopbeleid\n'.repeat(200))),
      /^groot\.txt: file is .* over the limit of/,
      { maxBytes: 1024 },
    ],
    [
      'a PDF over the page limit',
      async () => {
        const font = await standardFont();
        const blocks = sourceLines(MSZ).map((line): FixtureBlock => ({ kind: 'paragraph', text: winAnsi(line, font) }));
        return write('lang.pdf', (await typesetPdf(blocks)).bytes);
      },
      /^lang\.pdf: PDF has \d+ pages, over the limit of 2/,
      { maxPages: 2 },
    ],
    [
      'text that is not UTF-8',
      () => Promise.resolve(write('latin1.txt', Buffer.from('Co\xf6peratie VGZ\n', 'latin1'))),
      /^latin1\.txt: text is not valid UTF-8/,
      {},
    ],
    [
      'a .pdf that is not a PDF',
      () => Promise.resolve(write('nep.pdf', 'Inkoopbeleid 2024')),
      /^nep\.pdf: not a PDF/,
      {},
    ],
  ];

  it.each(cases)('%s', async (_name, make, message, options) => {
    const path = await make();
    const error = await failure(path, options);
    expect(error.message).toMatch(message);
    expect(error.file).toBe(error.message.split(':')[0]);
  });
});
