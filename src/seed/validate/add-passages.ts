import { nodeLabels } from '../../model/graph-model';
import { nodeSpec } from '../../model/derive';
import type { SeedProblem } from '../read-seed';
import { paragraphsOf, passageKey } from '../passages';
import type { DocumentSource } from './collect-documents';
import type { Definition } from './declaration';
import type { GraphRows, Row } from './graph-rows';

/**
 * The statements a paragraph may hold: the cited fact kinds of one document (not the shared organisations and
 * vocabulary, whose citations say only where a document names them).
 */
const statementLabels = nodeLabels.filter((l) => {
  const spec = nodeSpec(l);
  return spec.citation === 'required' && !spec.shared && !spec.derivedFromSourceText;
});

/**
 * Every curated document's paragraphs as Passage rows, each linked to its document and counting the curated
 * statements that cite its lines: what the graph holds of a source as text alone (statementCount 0) is what
 * search finds as SOURCE_TEXT.
 */
export function addPassages(
  graph: GraphRows,
  documents: Map<string, DocumentSource>,
  definitions: Map<string, Definition>,
  problems: SeedProblem[],
): void {
  const citedLines = new Map<string, Array<[number, number]>>();
  for (const label of statementLabels)
    for (const row of graph.nodes[label]) {
      const doc = row.sourceDocument;
      if (typeof doc !== 'string' || typeof row.lineStart !== 'number' || typeof row.lineEnd !== 'number') continue;
      const list = citedLines.get(doc) ?? [];
      list.push([row.lineStart, row.lineEnd]);
      citedLines.set(doc, list);
    }
  for (const [docKey, { text, file }] of documents) {
    const cited = citedLines.get(docKey) ?? [];
    for (const p of paragraphsOf(text)) {
      const key = passageKey(docKey, p.firstLine);
      const clash = definitions.get(key);
      if (clash) {
        problems.push({
          file: clash.node.record.file,
          line: clash.node.record.line,
          field: 'key',
          message: `key "${key}" is the key of a paragraph of ${docKey} (${file}); keys are unique across the graph`,
        });
        continue;
      }
      const row: Row = {
        key,
        ...p,
        statementCount: cited.filter(([from, to]) => from <= p.lastLine && to >= p.firstLine).length,
        reviewed: true,
      };
      graph.nodes.Passage.push(row);
      graph.link('IN_DOCUMENT', 'Passage', 'SourceDocument', { fromKey: key, toKey: docKey });
    }
  }
}
