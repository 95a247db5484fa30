import { nodeLabels, type NodeLabel } from '../model/graph-model';
import { nodeSpec } from '../model/derive';
import type { SeedGraph } from './validate';

/**
 * How many nodes of each kind each source document contributes: the facts it is cited for, and the
 * shared nodes (organisations, frameworks, vocabulary) it names.
 */
export function countsPerDocument(graph: SeedGraph): Map<string, Partial<Record<NodeLabel, number>>> {
  const counts = new Map<string, Partial<Record<NodeLabel, number>>>();
  const add = (doc: string, label: NodeLabel, key: string, seen: Set<string>) => {
    if (seen.has(`${doc}|${key}`)) return;
    seen.add(`${doc}|${key}`);
    const row = counts.get(doc) ?? {};
    row[label] = (row[label] ?? 0) + 1;
    counts.set(doc, row);
  };
  const seen = new Set<string>();
  for (const doc of graph.nodes.SourceDocument) counts.set(String(doc.key), {});
  for (const label of nodeLabels) {
    if (nodeSpec(label).shared || label === 'SourceDocument') continue;
    for (const row of graph.nodes[label]) {
      if (typeof row.sourceDocument === 'string' && row.sourceDocument)
        add(row.sourceDocument, label, String(row.key), seen);
    }
  }
  // A paragraph derived from a document's text names its document by its link, not by a citation.
  for (const batch of graph.relationships.filter((b) => b.type === 'IN_DOCUMENT')) {
    for (const row of batch.rows) add(String(row.toKey), batch.fromLabel, String(row.fromKey), seen);
  }
  for (const batch of graph.relationships.filter((b) => b.type === 'MENTIONS')) {
    for (const row of batch.rows) add(String(row.fromKey), batch.toLabel, String(row.toKey), seen);
  }
  return counts;
}

/** The counts as the Markdown table the README shows. */
export function countsTable(graph: SeedGraph): string {
  const counts = countsPerDocument(graph);
  const labels = nodeLabels.filter((l) => l !== 'SourceDocument' && l !== 'Topic');
  const docs = [...counts.keys()].sort();
  const title = (key: string) => {
    const title = graph.nodes.SourceDocument.find((d) => d.key === key)?.title;
    return typeof title === 'string' ? title : key;
  };
  const header = `| node kind | ${docs.map((d) => `${d}`).join(' | ')} |`;
  const rule = `|---|${docs.map(() => '---:').join('|')}|`;
  const rows = labels.map((l) => `| ${l} | ${docs.map((d) => counts.get(d)?.[l] ?? 0).join(' | ')} |`);
  const legend = docs.map((d) => `\`${d}\`: ${title(d)}`).join('; ');
  return [header, rule, ...rows, '', legend].join('\n');
}
