import type { SeedProblem } from '../read-seed';
import type { Cite } from '../seed-schema';
import { normalizeForQuote, passage } from '../source-text';
import type { DocumentSource } from './collect-documents';
import { problemAt, type Declaration } from './declaration';

/** The citation columns a node or relationship row carries. */
export interface Citation {
  sourceDocument: string;
  lineStart: number;
  lineEnd: number;
  quote: string | undefined;
}

/**
 * A citation checked against its document: the document is curated, the lines lie inside it, and every
 * verbatim value (the quote, and the properties that are the source's own words) occurs in those lines.
 * Undefined when there is no citation or it points nowhere; problems with the words still give the citation.
 */
export function verifyCitation(
  d: Declaration,
  cite: Cite | undefined,
  field: string,
  verbatim: { quote?: unknown; [name: string]: unknown },
  documents: Map<string, DocumentSource>,
  problems: SeedProblem[],
): Citation | undefined {
  if (!cite) return undefined;
  const docKey = cite.doc ?? d.docKey;
  if (!docKey) {
    problems.push(problemAt(d, `${field}.doc`, 'a citation outside a document file must name its document (doc:)'));
    return undefined;
  }
  const source = documents.get(docKey);
  if (!source) {
    problems.push(problemAt(d, `${field}.doc`, `unknown source document "${docKey}"`));
    return undefined;
  }
  const { lineStart, lineEnd } = cite;
  const text = passage(source.text, lineStart, lineEnd);
  if (text === undefined) {
    const size = `${source.text.fileName} (${source.text.lines.length} lines)`;
    problems.push(problemAt(d, `${field}.lines`, `lines ${lineStart}-${lineEnd} lie outside ${size}`));
    return undefined;
  }
  for (const [name, value] of Object.entries(verbatim)) {
    // A verbatim list (the e-mail addresses of a contact) has each of its values in the cited lines.
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (typeof v !== 'string' || text.includes(normalizeForQuote(v))) continue;
      const where = name === 'quote' ? `${field}.quote` : name;
      problems.push(
        problemAt(d, where, `does not occur in ${docKey} lines ${lineStart}-${lineEnd}: "${v.slice(0, 80)}"`),
      );
    }
  }
  const quote = typeof verbatim.quote === 'string' ? verbatim.quote : undefined;
  return { sourceDocument: docKey, lineStart, lineEnd, quote };
}
