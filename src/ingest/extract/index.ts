import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { IngestError, type ExtractedText, type SourceFormat } from '../types';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import { extractPlainText } from './text';

export interface ExtractOptions {
  /** Largest file read, in bytes. */
  maxBytes?: number;
  /** Most pages a PDF may have. */
  maxPages?: number;
  /** Most characters of text a PDF may yield. */
  maxTextChars?: number;
  /** Longest a PDF's extraction may take. */
  timeoutMs?: number;
  /** The format, when the caller knows it better than the file's content and name. */
  format?: SourceFormat;
}

/**
 * The limits every input is held to, so that no file can hang extraction or exhaust memory: the largest
 * published policy documents are a few MB and well under 200 pages.
 */
export const EXTRACT_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxTextChars: 20_000_000,
  timeoutMs: 120_000,
} as const;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
/** Windows-1252 and the names browsers read as it (the WHATWG encoding standard maps Latin-1 to it). */
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'us-ascii', 'ascii']);

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MB`;
}

function isPdf(bytes: Buffer): boolean {
  // The PDF specification allows bytes before the header; readers look in the first kilobyte.
  return bytes.subarray(0, 1024).includes('%PDF-', 0, 'latin1');
}

function looksLikeHtml(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head);
}

function hasHtmlMarkup(head: string): boolean {
  return looksLikeHtml(head) || /<(?:head|body|main|article|div|p|table)[\s>]/i.test(head);
}

/** Control characters other than tab, line feed, form feed and carriage return: not a text file. */
function isBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) controls += 1;
  }
  return controls > sample.length / 100;
}

function decodeUtf8(fileName: string, bytes: Buffer, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = bytes.toString('utf8');
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw new IngestError(
      fileName,
      `${what} is not valid UTF-8 (first invalid byte on line ${line}); only UTF-8 is read, and Windows-1252 for HTML that declares it`,
    );
  }
}

/** HTML is read as UTF-8 unless a BOM or a `<meta charset>` in its first kilobytes says Windows-1252. */
function decodeHtml(fileName: string, bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && WINDOWS_1252.has(declared)) return new TextDecoder('windows-1252').decode(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    throw new IngestError(fileName, `HTML declares encoding "${declared}"; only UTF-8 and Windows-1252 are read`);
  }
  return decodeUtf8(fileName, bytes, 'HTML');
}

function detect(fileName: string, bytes: Buffer, options: ExtractOptions): SourceFormat {
  const extension = extname(fileName).toLowerCase();
  if (isPdf(bytes)) return 'pdf';
  if (options.format) return options.format;
  if (extension === '.pdf') {
    throw new IngestError(fileName, 'not a PDF: no %PDF- header at its start (corrupt, or another format named .pdf)');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestError(fileName, 'UTF-16 text is not supported: save it as UTF-8');
  }
  if (isBinary(bytes)) {
    throw new IngestError(fileName, 'unknown format: binary content that is not PDF, HTML or text');
  }
  const head = bytes.subarray(0, 4096).toString('latin1');
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  // Markdown may hold a stray tag; only a whole HTML document saved as .txt/.md is read as HTML.
  if (TEXT_EXTENSIONS.has(extension)) return looksLikeHtml(head) ? 'html' : 'text';
  return hasHtmlMarkup(head) ? 'html' : 'text';
}

/**
 * A policy document's text, in reading order, one entry per line: a PDF (by its `%PDF-` header), an HTML
 * page (by extension or markup) or plain text / markdown. Anything it cannot read is an IngestError that
 * names the file and what is wrong.
 */
export async function extractDocument(path: string, options: ExtractOptions = {}): Promise<ExtractedText> {
  const fileName = basename(path);
  const limits = { ...EXTRACT_LIMITS, ...options };
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new IngestError(fileName, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(fileName, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (size === 0) throw new IngestError(fileName, 'empty file');
  if (size > limits.maxBytes) {
    throw new IngestError(fileName, `file is ${megabytes(size)}, over the limit of ${megabytes(limits.maxBytes)}`);
  }
  const bytes = await readFile(path);
  // The file may have grown between stat and read.
  if (bytes.length > limits.maxBytes) {
    throw new IngestError(fileName, `file is over the limit of ${megabytes(limits.maxBytes)}`);
  }
  if (bytes.length === 0) throw new IngestError(fileName, 'empty file');

  const format = detect(fileName, bytes, options);
  if (format === 'pdf') {
    if (!isPdf(bytes)) throw new IngestError(fileName, 'not a PDF: no %PDF- header at its start');
    return extractPdf(fileName, bytes, limits);
  }
  if (format === 'html') return extractHtml(fileName, decodeHtml(fileName, bytes));
  const text = decodeUtf8(fileName, bytes, 'text').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new IngestError(fileName, 'empty file: only whitespace');
  return extractPlainText(fileName, text);
}
