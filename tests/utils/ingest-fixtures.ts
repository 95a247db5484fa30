import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

/** Test inputs for extraction, typeset from the real source texts (no mocks: real PDF and HTML files). */

export const SOURCES_DIR = join(__dirname, '..', '..', 'seed', 'sources');

export function sourceLines(file: string): string[] {
  return readFileSync(join(SOURCES_DIR, file), 'utf8').split('\n');
}

export type FixtureBlock =
  | { kind: 'paragraph'; text: string; size?: number }
  | { kind: 'bullet'; marker: string; text: string }
  | { kind: 'table'; rows: string[][] };

export interface TypesetOptions {
  header?: string;
  footer?: (page: number, pageCount: number) => string;
  /** The first time this word would start or continue a wrapped line, it is broken as "zorg-" / "aanbieders". */
  hyphenate?: { word: string; at: number };
  /** Stop once this many pages are full. */
  maxPages?: number;
}

export interface TypesetPdf {
  bytes: Uint8Array;
  pageCount: number;
  /** Every body line as drawn (a bullet's first line with its marker and a space), with its page. */
  lines: Array<{ text: string; page: number }>;
}

const PAGE = { width: 595, height: 842, margin: 56, top: 770, bottom: 64 };
const SIZE = 10;
const LEADING = 13;
const PARAGRAPH_GAP = 9;
const BULLET_INDENT = 16;

/**
 * pdf-lib's standard fonts are WinAnsi-encoded: characters outside it ("≥", "→", "✓") cannot be drawn, so
 * they are left out (and the words compared afterwards are those of the text as typeset).
 */
export function winAnsi(text: string, font: PDFFont): string {
  let out = '';
  for (const ch of text) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += ' ';
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

export async function standardFont(): Promise<PDFFont> {
  const document = await PDFDocument.create();
  return document.embedFont(StandardFonts.Helvetica);
}

/** Lays blocks out on A4 pages in Helvetica: wrapped paragraphs, bullets with a hanging indent, 3-column tables. */
export async function typesetPdf(blocks: FixtureBlock[], options: TypesetOptions = {}): Promise<TypesetPdf> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  type Draw = { text: string; x: number; y: number; size: number; bold?: boolean };
  const pages: Draw[][] = [[]];
  const lines: TypesetPdf['lines'] = [];
  let y = PAGE.top;
  let hyphenated = false;
  let full = false;

  const place = (height: number): boolean => {
    if (y - height < PAGE.bottom) {
      if (options.maxPages && pages.length >= options.maxPages) {
        full = true;
        return false;
      }
      pages.push([]);
      y = PAGE.top;
    }
    return true;
  };
  const wrap = (text: string, width: number, size: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      const hyphen = options.hyphenate;
      if (!hyphenated && hyphen && word === hyphen.word && line) {
        // Break this word across two lines, as a typesetter would: "zorg-" ends the line.
        hyphenated = true;
        out.push(`${line} ${word.slice(0, hyphen.at)}-`);
        line = word.slice(hyphen.at);
        continue;
      }
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        out.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) out.push(line);
    return out;
  };
  const width = PAGE.width - 2 * PAGE.margin;

  for (const block of blocks) {
    if (full) break;
    if (block.kind === 'table') {
      const column = width / 3;
      for (const row of block.rows) {
        if (!place(LEADING)) break;
        const cells = row.map((cell) => {
          const words = cell.split(' ');
          while (words.length > 1 && font.widthOfTextAtSize(words.join(' '), SIZE) > column - 12) words.pop();
          return words.join(' ');
        });
        cells.forEach((cell, i) => pages.at(-1)!.push({ text: cell, x: PAGE.margin + i * column, y, size: SIZE }));
        lines.push({ text: cells.join('\t'), page: pages.length });
        y -= LEADING;
      }
    } else {
      const size = block.kind === 'paragraph' ? (block.size ?? SIZE) : SIZE;
      const indent = block.kind === 'bullet' ? BULLET_INDENT : 0;
      const leading = Math.max(LEADING, size * 1.3);
      wrap(block.text, width - indent, size).forEach((text, i) => {
        if (!place(leading)) return;
        const draws = pages.at(-1)!;
        if (block.kind === 'bullet' && i === 0) draws.push({ text: block.marker, x: PAGE.margin, y, size });
        draws.push({ text, x: PAGE.margin + indent, y, size, bold: size > SIZE });
        lines.push({ text: block.kind === 'bullet' && i === 0 ? `${block.marker} ${text}` : text, page: pages.length });
        y -= leading;
      });
    }
    y -= PARAGRAPH_GAP;
  }

  pages.forEach((draws, index) => {
    const page = document.addPage([PAGE.width, PAGE.height]);
    const color = rgb(0, 0, 0);
    if (options.header) page.drawText(options.header, { x: PAGE.margin, y: 806, size: 9, font, color });
    if (options.footer) {
      const footer = options.footer(index + 1, pages.length);
      page.drawText(footer, { x: PAGE.width - PAGE.margin - font.widthOfTextAtSize(footer, 9), y: 30, size: 9, font });
    }
    for (const draw of draws) {
      page.drawText(draw.text, { x: draw.x, y: draw.y, size: draw.size, font: draw.bold ? bold : font, color });
    }
  });
  return { bytes: await document.save(), pageCount: pages.length, lines };
}

/** A PDF whose one page has a drawn rectangle and no text at all (a scan would look the same to extraction). */
export async function pdfWithoutText(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 100, y: 400, width: 300, height: 200, color: rgb(0.2, 0.4, 0.6) });
  return document.save();
}

/**
 * pdf-lib cannot encrypt, so an encrypted PDF is made by hand: a standard security handler dictionary
 * (RC4, 40-bit) whose /O and /U entries match no password, named by the trailer's /Encrypt. A reader
 * must ask for a password before it can read a single string.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage().drawText('Vertrouwelijk inkoopbeleid', { x: 50, y: 700, size: 12, font });
  const body = Buffer.from(await document.save({ useObjectStreams: false })).toString('latin1');
  const hex = (byte: string) => `<${byte.repeat(32)}>`;
  const startxref = body.lastIndexOf('startxref');
  const xrefOffset = Number(/startxref\s+(\d+)/.exec(body.slice(startxref))?.[1]);
  const size = Number(/\/Size (\d+)/.exec(body)?.[1]);
  // The new object and a new cross-reference section go after the file as an incremental update.
  const objectOffset = body.length;
  const object = `${size} 0 obj\n<< /Filter /Standard /V 1 /R 2 /O ${hex('4f')} /U ${hex('55')} /P -4 >>\nendobj\n`;
  const xref = body.length + object.length;
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(body)?.[1] ?? '';
  const id = '<00112233445566778899aabbccddeeff>';
  const update =
    object +
    `xref\n${size} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<<${trailer.replace(/\/Size \d+/, `/Size ${size + 1}`).replace(/\/ID\s*\[[^\]]*\]/, '')}` +
    ` /Prev ${xrefOffset} /Encrypt ${size} 0 R /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body + update, 'latin1');
}
