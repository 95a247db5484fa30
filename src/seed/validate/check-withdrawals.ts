import { outgoingRelationships, relationshipSpec } from '../../model/derive';
import type { SeedProblem } from '../read-seed';
import { isStruckThrough } from '../source-text';
import type { DocumentSource } from './collect-documents';
import { problemAt, type Declaration } from './declaration';
import type { Row } from './graph-rows';

/**
 * The sources strike withdrawn words through: a node linked as withdrawn must stand struck through in its
 * cited lines, and a node that stands struck through must name what withdrew it.
 */
export function checkWithdrawals(
  node: Declaration,
  row: Row,
  documents: Map<string, DocumentSource>,
  problems: SeedProblem[],
): void {
  for (const type of outgoingRelationships(node.label)) {
    const { withdraws, seedField, to } = relationshipSpec(type);
    if (!withdraws) continue;
    const source = documents.get(String(row.sourceDocument));
    if (!source || row.lineStart == null) continue;
    const words = String(row[withdraws.words]);
    const struck = isStruckThrough(source.text, Number(row.lineStart), Number(row.lineEnd), words);
    const withdrawn = node.data[seedField] !== undefined;
    if (withdrawn && !struck) {
      const what = `${node.label.toLowerCase()}’s ${withdraws.words}`;
      problems.push(problemAt(node, seedField, `a withdrawn ${what} must be struck through (~~) in its cited lines`));
    }
    if (!withdrawn && struck) {
      const by = to.map((l) => l.toLowerCase()).join(' or ');
      const message = `this ${withdraws.words} is struck through in the source: name the ${by} that withdrew it`;
      problems.push(problemAt(node, seedField, message));
    }
  }
}
