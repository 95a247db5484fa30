import type { CitationRow, OptionalCitationRow } from '../model/rows';
import { builder } from './builder';
import { SourceDocumentRef } from './graph-node';

export const Citation = builder.objectRef<CitationRow>('Citation').implement({
  description:
    'Where a fact stands in its source document: the document, the line range (1-based, inclusive) and the exact words.',
  fields: (t) => ({
    documentKey: t.string({ description: 'Key of the source document.', resolve: (c) => c.sourceDocument }),
    document: t.field({
      type: SourceDocumentRef,
      description: 'The source document.',
      resolve: (c, _a, ctx) => ctx.loaders.node('SourceDocument', c.sourceDocument),
    }),
    lineStart: t.int({ description: 'First cited line.', resolve: (c) => c.lineStart }),
    lineEnd: t.int({ description: 'Last cited line.', resolve: (c) => c.lineEnd }),
    lines: t.string({
      description: 'The line range as a reader writes it: "440" or "438-441".',
      resolve: (c) => (c.lineStart === c.lineEnd ? `${c.lineStart}` : `${c.lineStart}-${c.lineEnd}`),
    }),
    quote: t.string({ description: 'The exact words of the source.', resolve: (c) => c.quote }),
  }),
});

/** The citation of a row whose citation is optional (a vocabulary node, a relationship), or null. */
export function citationOf(row: OptionalCitationRow): CitationRow | null {
  const { sourceDocument, lineStart, lineEnd, quote } = row;
  return sourceDocument === null || lineStart === null || lineEnd === null || quote === null
    ? null
    : { sourceDocument, lineStart, lineEnd, quote };
}
