import { IngestError, type ExtractedText } from '../types';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.js');

export interface PdfLimits {
  maxPages: number;
  /** Stops a document whose text grows past this many characters (a generated or hostile file). */
  maxTextChars: number;
  timeoutMs: number;
}

let loaded: PdfJs | undefined;

/**
 * pdf.js 3's CommonJS legacy build, loaded on first use. At load it tries to polyfill DOMMatrix and
 * Path2D from the optional native `canvas` package, which only rendering needs; without it it prints a
 * warning per polyfill. Text extraction renders nothing, so exactly those two lines are held back.
 */
function pdfjs(): PdfJs {
  if (loaded) return loaded;
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot polyfill')) return;
    log(...args);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would load pdf.js before its load-time warnings can be held back
    loaded = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;
  } finally {
    console.log = log;
  }
  // In Node pdf.js runs its "worker" in this thread; naming the file keeps it from guessing a path.
  loaded.GlobalWorkerOptions.workerSrc = require.resolve('pdfjs-dist/legacy/build/pdf.worker.js');
  return loaded;
}

interface Item {
  x: number;
  y: number;
  width: number;
  height: number;
  str: string;
}

interface Line {
  text: string;
  y: number;
  height: number;
  page: number;
  /** Position among the page's lines, counted from the top and from the bottom. */
  fromTop: number;
  fromBottom: number;
}

/** A line that is only a list marker: the text after it belongs on the same line, after a space. */
const MARKER = /^(?:[•·▪◦‣●○■□►–—-]|\d{1,3}[.)]|[a-zA-Z][.)]|\(?[ivx]{1,4}\))$/;
/** Gaps wider than this many font heights separate a table's cells. */
const CELL_GAP = 1.5;
/** Gaps wider than this many font heights are a space between words. */
const WORD_GAP = 0.12;
/** Dutch elision ("tijd- en locatieafhankelijk"): a hyphen before these words is not a broken word. */
const ELISION_FOLLOWERS = new Set(['en', 'of', 'tot', 'als', 'noch', 't/m']);

function toItem(item: TextItem): Item | undefined {
  if (!item.str || item.str.trim() === '') return undefined;
  const [a, b, c, d, x, y] = item.transform as number[];
  const height = item.height || Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || 10;
  return { x: x ?? 0, y: y ?? 0, width: item.width, height, str: item.str };
}

/** One visual line's items, left to right, as text: large gaps become tabs (table cells), small ones spaces. */
function lineText(items: Item[]): string {
  items.sort((p, q) => p.x - q.x);
  const cells: string[] = [];
  let cell = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    if (cell !== '' && gap > CELL_GAP * item.height && !(cells.length === 0 && MARKER.test(cell.trim()))) {
      cells.push(cell.trim());
      cell = '';
    } else if (cell !== '' && gap > WORD_GAP * item.height && !/\s$/.test(cell) && !/^\s/.test(item.str)) {
      cell += ' ';
    }
    cell += item.str;
    end = Math.max(end, item.x + item.width);
  }
  cells.push(cell.trim());
  return cells.map((c) => c.replace(/\s+/g, ' ')).join('\t');
}

/** A page's items grouped into lines by baseline (within a fraction of the font height), top to bottom. */
function pageLines(items: Item[], page: number): Line[] {
  items.sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const item of items) {
    const current = groups[groups.length - 1];
    const first = current?.[0];
    if (current && first && Math.abs(first.y - item.y) <= 0.5 * Math.max(first.height, item.height)) current.push(item);
    else groups.push([item]);
  }
  return groups.map((group, index) => ({
    text: lineText(group),
    y: group[0]?.y ?? 0,
    height: Math.max(...group.map((i) => i.height)),
    page,
    fromTop: index,
    fromBottom: groups.length - 1 - index,
  }));
}

const EDGE = 3;
const onEdge = (line: Line) => line.fromTop < EDGE || line.fromBottom < EDGE;

/** "3", "- 3 -", "Pagina 3 van 12", "Page 3 of 12", "3/12", "blz. 3" — for this very page. */
function isPageNumber(text: string, page: number, pageCount: number): boolean {
  const t = text.trim().toLowerCase();
  const m = /^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–]?\s*(\d{1,4})\s*[-–]?(?:\s*(?:van|of|\/)\s*(\d{1,4}))?$/.exec(t);
  if (!m) return false;
  // A year ("2024") or a table of contents' page reference near a page's edge is not this page's number;
  // numbering offset from the physical page (a cover not counted) is caught as a repeating footer instead.
  return Number(m[1]) === page || (m[2] !== undefined && Number(m[2]) === pageCount && Number(m[1]) <= pageCount);
}

/**
 * Running headers and footers: lines near a page's top or bottom whose text (digits aside) repeats at the
 * same height on at least half the pages, and page numbers there.
 */
function removeFurniture(lines: Line[], pageCount: number): Line[] {
  const key = (line: Line) => `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').toLowerCase()}`;
  const pagesWith = new Map<string, Set<number>>();
  for (const line of lines.filter(onEdge)) {
    const pages = pagesWith.get(key(line)) ?? new Set<number>();
    pages.add(line.page);
    pagesWith.set(key(line), pages);
  }
  const repeated = (line: Line) => {
    const count = pagesWith.get(key(line))?.size ?? 0;
    return pageCount >= 2 && count >= 2 && count >= pageCount / 2;
  };
  return lines.filter((line) => !(onEdge(line) && (repeated(line) || isPageNumber(line.text, line.page, pageCount))));
}

/** Lines in reading order, an empty line where the vertical gap is wider than line spacing. */
function withParagraphs(lines: Line[]): { lines: string[]; pages: number[] } {
  const out: string[] = [];
  const pages: number[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous && previous.page === line.page) {
      const gap = previous.y - line.y;
      if (gap > 1.5 * Math.max(previous.height, line.height)) {
        out.push('');
        pages.push(previous.page);
      }
    }
    out.push(line.text);
    pages.push(line.page);
    previous = line;
  }
  return { lines: out, pages };
}

/** "zorg-" at a line's end and "aanbieder ..." on the next: one word again, on the first line. */
function rejoinHyphenated(lines: string[], pages: number[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line.includes('\t') || next.includes('\t') || !/\p{L}-$/u.test(line)) continue;
    const m = /^(\p{Ll}[^\s]*)\s*(.*)$/u.exec(next);
    if (!m || ELISION_FOLLOWERS.has(m[1] ?? '')) continue;
    lines[i] = line.slice(0, -1) + (m[1] ?? '');
    if (m[2]) lines[i + 1] = m[2];
    else {
      lines.splice(i + 1, 1);
      pages.splice(i + 1, 1);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A PDF's text layer as lines in reading order, with the page of every line: items grouped into lines by
 * position, table cells tab-separated, running headers, footers and page numbers removed, words broken
 * with a hyphen across lines rejoined.
 */
export async function extractPdf(fileName: string, data: Uint8Array, limits: PdfLimits): Promise<ExtractedText> {
  const tail = Buffer.from(data.subarray(Math.max(0, data.length - 1024))).toString('latin1');
  if (!tail.includes('%%EOF')) throw new IngestError(fileName, 'truncated PDF: no %%EOF marker at the end of the file');
  const lib = pdfjs();
  const task = lib.getDocument({
    // pdf.js may transfer (detach) the buffer it is given; the caller's stays intact.
    data: new Uint8Array(data),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
  });
  const work = async (): Promise<ExtractedText> => {
    let document: Awaited<typeof task.promise>;
    try {
      document = await task.promise;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'PasswordException') throw new IngestError(fileName, 'encrypted PDF: it needs a password to open');
      throw new IngestError(fileName, `corrupt PDF: ${messageOf(error)}`);
    }
    if (document.numPages > limits.maxPages) {
      throw new IngestError(fileName, `PDF has ${document.numPages} pages, over the limit of ${limits.maxPages}`);
    }
    const lines: Line[] = [];
    let chars = 0;
    for (let number = 1; number <= document.numPages; number++) {
      let items: Item[];
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        items = content.items.flatMap((item) => ('str' in item ? (toItem(item) ?? []) : []));
        page.cleanup();
      } catch (error) {
        throw new IngestError(fileName, `corrupt PDF: page ${number} cannot be read (${messageOf(error)})`);
      }
      chars += items.reduce((sum, item) => sum + item.str.length, 0);
      if (chars > limits.maxTextChars) {
        throw new IngestError(fileName, `PDF text is over the limit of ${limits.maxTextChars} characters`);
      }
      lines.push(...pageLines(items, number));
    }
    if (lines.length === 0) throw new IngestError(fileName, 'no text layer: OCR is not supported');
    const result = withParagraphs(removeFurniture(lines, document.numPages));
    rejoinHyphenated(result.lines, result.pages);
    return { fileName, format: 'pdf', ...result };
  };
  try {
    return await withTimeout(
      work(),
      limits.timeoutMs,
      () => new IngestError(fileName, `PDF extraction took longer than ${limits.timeoutMs / 1000} s`),
    );
  } finally {
    await task.destroy();
  }
}
