import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { IngestError, type ExtractedText } from '../types';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Never content: code, styling, forms and embedded objects. */
const NEVER = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'dialog',
  'img',
]);
/** Page furniture: navigation and side matter, never the policy's own words. */
const FURNITURE = new Set(['nav', 'aside']);
/** A header or footer is furniture, except inside an article or section, where HTML makes it that part's own. */
const SECTION_FURNITURE = new Set(['header', 'footer']);
const CONSENT = /cookie|consent|gdpr|privacy-banner/i;
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'details',
  'summary',
  'div',
  'dl',
  'dt',
  'dd',
  'fieldset',
  'figure',
  'figcaption',
  'header',
  'footer',
  'hgroup',
  'main',
  'p',
  'pre',
  'section',
  'center',
]);
/** Elements that hold a page's parts; the fallback descends through these, never into a paragraph or list. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'center', 'span', 'font']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const STRUCK = new Set(['del', 's', 'strike']);
/** Deeper than this is not a policy page but a hostile or broken one; walking it could exhaust the stack. */
const MAX_DEPTH = 1000;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(element, 'style') ?? '');
}

function isConsentBanner(element: Element): boolean {
  return CONSENT.test(`${attr(element, 'id') ?? ''} ${attr(element, 'class') ?? ''}`);
}

/** Whether an element (in its place in the tree) can hold the document's words. */
function skipped(element: Element): boolean {
  if (NEVER.has(element.tagName) || FURNITURE.has(element.tagName)) return true;
  if (isHidden(element) || isConsentBanner(element)) return true;
  if (SECTION_FURNITURE.has(element.tagName)) {
    for (let p = element.parentNode; p && isElement(p); p = p.parentNode) {
      if (p.tagName === 'article' || p.tagName === 'section') return false;
    }
    return true;
  }
  return false;
}

function children(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

function findAll(node: Node, test: (e: Element) => boolean, found: Element[] = [], depth = 0): Element[] {
  if (depth > MAX_DEPTH) return found;
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    if (test(child)) found.push(child);
    findAll(child, test, found, depth + 1);
  }
  return found;
}

/** Text length an element contributes, furniture left out; memoised because the fallback asks at every level. */
function textLength(node: Node, memo: Map<Node, number>, depth = 0): number {
  const known = memo.get(node);
  if (known !== undefined) return known;
  let length = 0;
  if ('value' in node && node.nodeName === '#text') length = collapse(node.value).length;
  else if (!isElement(node) || !skipped(node)) {
    if (depth <= MAX_DEPTH) for (const child of children(node)) length += textLength(child, memo, depth + 1);
  }
  memo.set(node, length);
  return length;
}

/**
 * The element holding the document's own words: `<main>` or role=main, else an `<article>`, else the
 * largest text container (from `<body>` down, while one child holds nearly all of the text).
 */
function mainContent(document: Node): Element | undefined {
  const memo = new Map<Node, number>();
  const largest = (elements: Element[]) =>
    elements.filter((e) => !isHidden(e)).sort((a, b) => textLength(b, memo) - textLength(a, memo))[0];
  const main = largest(findAll(document, (e) => e.tagName === 'main' || attr(e, 'role') === 'main'));
  if (main) return main;
  const article = largest(findAll(document, (e) => e.tagName === 'article'));
  if (article) return article;
  let container = findAll(document, (e) => e.tagName === 'body')[0];
  while (container) {
    const total = textLength(container, memo);
    const next = container.childNodes
      .filter(isElement)
      .find((child) => CONTAINERS.has(child.tagName) && !skipped(child) && textLength(child, memo) >= 0.8 * total);
    if (!next || total === 0) break;
    container = next;
  }
  return container;
}

/** Writes lines: blocks separated by an empty line, as in the five sources. */
class Lines {
  readonly lines: string[] = [];
  private inline = '';
  private blankBefore = false;
  private prefix = '';

  text(value: string): void {
    this.inline += value;
  }

  /** Ends the current line (a `<br>`, a list item). */
  endLine(): void {
    const text = collapse(this.inline);
    this.inline = '';
    if (!text) return;
    if (this.blankBefore && this.lines.length > 0) this.lines.push('');
    this.blankBefore = false;
    this.lines.push(this.prefix + text);
    this.prefix = '';
  }

  /** Ends the current block: the next line starts a new one. */
  endBlock(): void {
    this.endLine();
    this.blankBefore = true;
  }

  /** The next line is a list item: its bullet or number goes before it. */
  startItem(prefix: string): void {
    this.endLine();
    this.prefix = prefix;
  }

  row(cells: string[]): void {
    this.endLine();
    if (cells.every((c) => c === '')) return;
    if (this.blankBefore && this.lines.length > 0) this.lines.push('');
    this.blankBefore = false;
    this.lines.push(cells.join('\t'));
  }
}

/** A table cell's words on one line: its blocks and line breaks become spaces. */
function cellText(node: Node, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if ('value' in node && node.nodeName === '#text') return node.value;
  if (!isElement(node) || skipped(node)) return '';
  const inner = node.childNodes.map((c) => cellText(c, depth + 1)).join('');
  if (STRUCK.has(node.tagName)) return `~~${collapse(inner)}~~`;
  if (node.tagName === 'br' || BLOCKS.has(node.tagName) || HEADINGS.has(node.tagName) || node.tagName === 'li')
    return ` ${inner} `;
  return inner;
}

function walk(fileName: string, node: Node, out: Lines, depth: number, listDepth: number): void {
  if (depth > MAX_DEPTH) throw new IngestError(fileName, `HTML nested deeper than ${MAX_DEPTH} elements`);
  if ('value' in node && node.nodeName === '#text') {
    out.text(node.value);
    return;
  }
  if (!isElement(node) || skipped(node)) return;
  const tag = node.tagName;
  const descend = (nextListDepth = listDepth) => {
    for (const child of node.childNodes) walk(fileName, child, out, depth + 1, nextListDepth);
  };
  if (tag === 'br') return out.endLine();
  if (tag === 'hr') return out.endBlock();
  if (STRUCK.has(tag)) {
    // The sources mark struck-through (withdrawn) text with ~~, and so does extraction.
    out.text(` ~~${collapse(node.childNodes.map((c) => cellText(c, depth + 1)).join(''))}~~ `);
    return;
  }
  if (tag === 'table') {
    out.endBlock();
    for (const row of findAll(node, (e) => e.tagName === 'tr' || e.tagName === 'caption')) {
      if (row.tagName === 'caption') {
        out.text(cellText(row, depth + 1));
        out.endLine();
        continue;
      }
      const cells = row.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th');
      out.row(cells.map((c) => collapse(cellText(c, depth + 1))));
    }
    return out.endBlock();
  }
  if (tag === 'ul' || tag === 'ol') {
    // A nested list continues its item's list; only the outermost one is a block of its own.
    if (listDepth === 0) out.endBlock();
    else out.endLine();
    let number = Number.parseInt(attr(node, 'start') ?? '1', 10);
    if (!Number.isFinite(number)) number = 1;
    for (const item of node.childNodes) {
      if (isElement(item) && item.tagName === 'li' && !skipped(item)) {
        out.startItem(tag === 'ol' ? `${number++}. ` : '- ');
        for (const child of item.childNodes) walk(fileName, child, out, depth + 2, listDepth + 1);
        out.endLine();
      } else walk(fileName, item, out, depth + 1, listDepth + 1);
    }
    if (listDepth === 0) out.endBlock();
    return;
  }
  if (tag === 'pre') {
    out.endBlock();
    const text = node.childNodes.map((c) => cellText(c, depth + 1)).join('');
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
      out.text(line);
      out.endLine();
    }
    return out.endBlock();
  }
  if (HEADINGS.has(tag) || BLOCKS.has(tag)) {
    if (listDepth > 0) out.endLine();
    else out.endBlock();
    descend();
    if (listDepth > 0) out.endLine();
    else out.endBlock();
    return;
  }
  descend();
}

/**
 * An HTML page's main content as lines: headings and paragraphs on lines of their own, list items as
 * "- " or "1. " lines, table rows as tab-separated cells, links as their text, whitespace collapsed.
 */
export function extractHtml(fileName: string, html: string): ExtractedText {
  const document = parse(html);
  const root = mainContent(document);
  const out = new Lines();
  if (root) walk(fileName, root, out, 0, 0);
  out.endBlock();
  if (out.lines.length === 0) {
    throw new IngestError(
      fileName,
      'HTML with no main content: no text outside navigation, header, footer, cookie banner, scripts and forms',
    );
  }
  return { fileName, format: 'html', lines: out.lines };
}
