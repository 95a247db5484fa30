import type { PropertySpec } from '../../model/define';
import { nodeSpec, storedNodeProperties } from '../../model/derive';
import type { SeedProblem } from '../read-seed';
import type { SourceText } from '../source-text';
import type { DocumentSource } from './collect-documents';
import { problemAt, type Declaration, type Definition } from './declaration';
import type { GraphRows, Row } from './graph-rows';
import { verifyCitation } from './verify-citation';

const measure: Record<NonNullable<PropertySpec['fromSourceText']>, (text: SourceText) => unknown> = {
  'line-count': (text) => text.lines.length,
  sha256: (text) => text.sha256,
};

/**
 * The node's row before its citation: every stored property (an empty list or the declared default where
 * the seed gives none), its key, and what its own source text measures.
 */
export function nodeRow(key: string, node: Declaration, documents: Map<string, DocumentSource>): Row {
  const row: Row = {};
  for (const [name, prop] of Object.entries(storedNodeProperties(node.label))) {
    row[name] = prop.type.endsWith('[]') ? [] : (prop.default ?? null);
  }
  const { properties } = nodeSpec(node.label);
  for (const name of Object.keys(properties)) if (node.data[name] !== undefined) row[name] = node.data[name];
  row.key = key;
  for (const [name, prop] of Object.entries(properties)) {
    if (!prop.fromSourceText) continue;
    const source = documents.get(key)?.text;
    row[name] = source ? measure[prop.fromSourceText](source) : null;
  }
  return row;
}

/**
 * Checks the citation of every declaration of the node against its source. The first that holds becomes
 * the row's citation; for a shared node each one is also a MENTIONS link from the document that cites it.
 */
export function citeNode(
  row: Row,
  key: string,
  { node, sources }: Definition,
  documents: Map<string, DocumentSource>,
  graph: GraphRows,
  problems: SeedProblem[],
): void {
  const spec = nodeSpec(node.label);
  const verbatimOf = (d: Declaration) => {
    const fields: Record<string, unknown> = {};
    for (const [name, prop] of Object.entries(spec.properties)) if (prop.verbatim) fields[name] = d.data[name];
    fields.quote = d.data.cite?.quote ?? (spec.defaultQuote ? d.data[spec.defaultQuote] : undefined);
    if (d.data.cite && fields.quote === undefined) {
      problems.push(problemAt(d, 'cite.quote', 'a citation needs a quote: the exact words that state the fact'));
    }
    return fields;
  };
  for (const d of sources) {
    const cited = verifyCitation(d, d.data.cite, 'cite', verbatimOf(d), documents, problems);
    if (cited && row.sourceDocument == null) Object.assign(row, cited);
    if (spec.shared && cited) {
      graph.link('MENTIONS', 'SourceDocument', node.label, { fromKey: cited.sourceDocument, toKey: key, ...cited });
    }
  }
}
