import type { MaybePromise } from './maybe-promise';
import { z } from 'zod';
import type { CitationRow, NodeRow } from '../model/rows';
import { normalizeForQuote } from '../seed/source-text';
import { builder } from './builder';
import { Citation } from './citation';
import type { Context } from './context';
import { badUserInput, notFound } from './errors';
import { SourceDocumentRef, defineGraphNode } from './graph-node';
import { followNodes, linksOf } from './links';
import { parseArg } from './arguments';

export const Passage = defineGraphNode('Passage');

/** At most this many lines in one `passage` answer, and neighbours on either side of a citation. */
export const MAX_PASSAGE_LINES = 200;
export const MAX_CONTEXT_LINES = 20;

/** One line of a source document as the text file has it. */
export interface SourceLineRow {
  number: number;
  text: string;
  /** Whether a citation asked about cites this line (false for a passage asked by its range). */
  cited: boolean;
}

/** A range of a source document's lines. */
export interface SourceLinesRow {
  document: string;
  lineStart: number;
  lineEnd: number;
  lines: SourceLineRow[];
}

const SourceLine = builder.objectRef<SourceLineRow>('SourceLine').implement({
  description: 'One line of a source document, exactly as its text file has it (markup such as ~~struck~~ included).',
  fields: (t) => ({
    number: t.int({ description: 'The line number (1-based).', resolve: (l) => l.number }),
    text: t.string({ description: 'The line’s text; "" for a blank line.', resolve: (l) => l.text }),
    cited: t.boolean({
      description:
        'True for a line the citation asked about cites; false for its neighbours (always false in `passage`).',
      resolve: (l) => l.cited,
    }),
  }),
});

const SourceLines = builder.objectRef<SourceLinesRow>('SourceLines').implement({
  description: 'Consecutive lines of a source document, as its text file has them.',
  fields: (t) => ({
    documentKey: t.string({ description: 'Key of the source document.', resolve: (p) => p.document }),
    lineStart: t.int({ description: 'First line returned.', resolve: (p) => p.lineStart }),
    lineEnd: t.int({ description: 'Last line returned (inclusive).', resolve: (p) => p.lineEnd }),
    lines: t.field({ type: [SourceLine], description: 'The lines, in order.', resolve: (p) => p.lines }),
    text: t.string({
      description: 'The lines as one text without the markup the conversion added (~~, **, link brackets).',
      resolve: (p) => normalizeForQuote(p.lines.map((l) => l.text).join('\n')),
    }),
  }),
});

/** The document's paragraphs (one batched read per request for all documents asked about). */
const paragraphsOf = (ctx: Context, document: string): MaybePromise<Array<NodeRow<'Passage'>>> =>
  followNodes(ctx, 'IN_DOCUMENT', 'in', 'SourceDocument', ['Passage'], document);

/** Lines `from`..`to` of a document, blank lines between its paragraphs as "". */
async function linesOf(
  ctx: Context,
  document: string,
  from: number,
  to: number,
  cited: (n: number) => boolean,
): Promise<SourceLinesRow> {
  const text = new Map<number, string>();
  for (const p of await paragraphsOf(ctx, document)) {
    if (p.lastLine < from || p.firstLine > to) continue;
    p.text.split('\n').forEach((line, i) => text.set(p.firstLine + i, line));
  }
  const lines: SourceLineRow[] = [];
  for (let n = from; n <= to; n++) lines.push({ number: n, text: text.get(n) ?? '', cited: cited(n) });
  return { document, lineStart: from, lineEnd: to, lines };
}

const lineNumber = z.number().int('must be a whole number').min(1, 'must be at least 1 (lines count from 1)');

builder.objectFields(Passage, (t) => {
  const link = linksOf(t, 'Passage');
  return {
    document: link.one('IN_DOCUMENT', 'out', SourceDocumentRef, 'The source document the paragraph is part of.'),
    source: t.field({
      type: Citation,
      description:
        'The paragraph as a citation: its document, its lines and its words without the conversion’s markup.',
      resolve: async (p, _a, ctx) => citationOfPassage(ctx, p),
    }),
  };
});

/** A paragraph as a citation of itself. */
export async function citationOfPassage(ctx: Context, p: NodeRow<'Passage'>): Promise<CitationRow> {
  const [document] = await followNodes(ctx, 'IN_DOCUMENT', 'out', 'Passage', ['SourceDocument'], p.key);
  if (!document) throw new Error(`Passage ${p.key} has no IN_DOCUMENT, which the model requires`);
  return {
    sourceDocument: document.key,
    lineStart: p.firstLine,
    lineEnd: p.lastLine,
    quote: normalizeForQuote(p.text),
  };
}

builder.objectFields(SourceDocumentRef, (t) => {
  const link = linksOf(t, 'SourceDocument');
  return {
    passages: link.many(
      'IN_DOCUMENT',
      'in',
      Passage,
      'The document’s paragraphs in reading order, each with its lines, its text and the heading it stands under.',
    ),
    passage: t.field({
      type: SourceLines,
      description: `Lines \`from\` to \`to\` (1-based, inclusive) exactly as the text file has them, at most ${MAX_PASSAGE_LINES}: to read what a citation stands in. A range outside the document is BAD_USER_INPUT.`,
      args: {
        from: t.arg.int({ required: true, description: 'First line (1-based).' }),
        to: t.arg.int({ required: true, description: 'Last line (inclusive); at most the document’s lineCount.' }),
      },
      resolve: async (doc, args, ctx) => {
        const from = parseArg(lineNumber, 'from', args.from);
        const to = parseArg(
          lineNumber.max(doc.lineCount ?? 0, `must be at most the document's last line, ${doc.lineCount ?? 0}`),
          'to',
          args.to,
        );
        if (to < from) throw badUserInput('to', args.to, `must not be before from (${from})`);
        if (to - from + 1 > MAX_PASSAGE_LINES)
          throw badUserInput('to', args.to, `must be at most ${MAX_PASSAGE_LINES} lines after from (${from})`);
        return linesOf(ctx, doc.key, from, to, () => false);
      },
    }),
  };
});

const contextCount = (argument: string, value: number | null | undefined) =>
  parseArg(
    z
      .number()
      .int('must be a whole number')
      .min(0, 'must not be negative')
      .max(MAX_CONTEXT_LINES, `must be at most ${MAX_CONTEXT_LINES}`),
    argument,
    value ?? 2,
  );

builder.objectFields(Citation, (t) => ({
  context: t.field({
    type: SourceLines,
    description: `The cited lines with \`before\` and \`after\` neighbouring lines (each 0 to ${MAX_CONTEXT_LINES}; 2 when not given), exactly as the text file has them; each line says whether it is cited. Cut off at the document's first and last line.`,
    args: {
      before: t.arg.int({ description: `Lines before the first cited line (0 to ${MAX_CONTEXT_LINES}, default 2).` }),
      after: t.arg.int({ description: `Lines after the last cited line (0 to ${MAX_CONTEXT_LINES}, default 2).` }),
    },
    resolve: async (c, args, ctx) => {
      const before = contextCount('before', args.before);
      const after = contextCount('after', args.after);
      const doc = await ctx.loaders.node('SourceDocument', c.sourceDocument);
      if (!doc) throw notFound('SourceDocument', 'documentKey', c.sourceDocument);
      const last = doc.lineCount ?? c.lineEnd;
      const from = Math.max(1, c.lineStart - before);
      const to = Math.min(last, c.lineEnd + after);
      return linesOf(ctx, c.sourceDocument, from, to, (n) => n >= c.lineStart && n <= c.lineEnd);
    },
  }),
}));
