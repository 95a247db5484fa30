import { cypher, cypherStatements } from '../engine/cypher';
import type { GraphEngine, LoadedGraph, Row } from '../engine/graph-engine';
import { citationProperties, loadMarker, nodeLabels, type NodeLabel } from '../model/graph-model';
import { nodeSpec } from '../model/derive';
import { kebab } from '../model/names';
import { statementFor } from '../engine/model-statements';

/** The whole graph as plain data: what `zorginkoop export` writes. */
export interface ExportedGraph {
  nodes: Record<string, Row[]>;
  relationships: Array<{ type: string; fromLabel: string; from: string; toLabel: string; to: string; properties: Row }>;
}

const ALL = 1_000_000_000;
const strip = ({ __label, __type, ...props }: Row) => props;

export async function exportGraph(engine: GraphEngine): Promise<ExportedGraph> {
  const perLabel = await Promise.all(
    nodeLabels.map(async (label) => ({
      label,
      rows: await engine.read(statementFor.list(label), { skip: 0, limit: ALL }),
    })),
  );
  const nodes: Record<string, Row[]> = {};
  const labelOf = new Map<string, NodeLabel>();
  for (const { label, rows } of perLabel) {
    const stripped = rows.map((r) => strip(r.node));
    nodes[label] = stripped;
    for (const n of stripped) labelOf.set(String(n.key), label);
  }
  const labelOfKey = (key: string) => {
    const label = labelOf.get(key);
    if (label === undefined) throw new Error(`a link ends at ${key}, which is no node of the graph`);
    return label;
  };
  // An engine that loads staged keeps links between Offstage nodes while it loads: its variant leaves them out.
  const links = await engine.read(engine.loads === 'staged' ? 'export/list-links.neo4j' : 'export/list-links');
  const relationships = links.map((r) => {
    const { rel } = r;
    const properties = Object.fromEntries(Object.entries(strip(rel)).filter(([, v]) => v !== null));
    return {
      type: rel.__type,
      fromLabel: labelOfKey(r.fromKey),
      from: r.fromKey,
      toLabel: labelOfKey(r.toKey),
      to: r.toKey,
      properties,
    };
  });
  return { nodes, relationships };
}

/** A Cypher literal for a value: what cypher-shell's `:param` reads. Data, never a query. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string')
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value).map(
    ([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``}: ${cypherLiteral(v)}`,
  );
  return `{${entries.join(', ')}}`;
}

const statement = (name: string) =>
  `${cypher(name)
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    .trim()};`;

/**
 * A cypher-shell script that loads the graph into Neo4j: the constraints and indexes, then per batch a
 * `:param rows => [...]` with the data and the same UNWIND … MERGE statement the seed loader runs.
 */
export function toCypherScript(graph: ExportedGraph, loaded?: LoadedGraph): string {
  const out = ['// zorginkoop-graph export: load with `cypher-shell -f <file>` into an empty Neo4j 5 database.', ''];
  out.push(...cypherStatements('schema/create-schema.neo4j').map((s) => `${s};`), '');
  const citations = Object.keys(citationProperties);
  for (const label of nodeLabels) {
    const rows = graph.nodes[label] ?? [];
    if (rows.length === 0) continue;
    const dir = `model/${kebab(label)}`;
    out.push(
      `:param rows => ${cypherLiteral(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !citations.includes(k)))))}`,
      statement(`${dir}/upsert`),
      '',
    );
    const cited = rows
      .filter((r) => r.sourceDocument != null)
      .map((r) => ({ key: r.key, ...Object.fromEntries(citations.map((c) => [c, r[c]])) }));
    if (nodeSpec(label).citation !== 'none' && cited.length > 0)
      out.push(`:param rows => ${cypherLiteral(cited)}`, statement(`${dir}/cite`), '');
  }
  const batches = new Map<string, { type: string; from: string; to: string; rels: ExportedGraph['relationships'] }>();
  for (const r of graph.relationships) {
    const id = `${r.type}|${r.fromLabel}|${r.toLabel}`;
    const batch = batches.get(id) ?? { type: r.type, from: r.fromLabel, to: r.toLabel, rels: [] };
    batch.rels.push(r);
    batches.set(id, batch);
  }
  for (const { type, from, to, rels } of batches.values()) {
    const rows = rels.map((r) => ({
      fromKey: r.from,
      toKey: r.to,
      ...Object.fromEntries(citations.map((c) => [c, r.properties[c] ?? null])),
    }));
    out.push(
      `:param rows => ${cypherLiteral(rows)}`,
      statement(`model/${kebab(type)}/${kebab(from)}-${kebab(to)}/link-cited`),
      '',
    );
  }
  // Last, as a load writes it: the load marker of the graph exported, so that a server on the database the
  // script fills is ready (README "Readiness and an unloaded graph").
  if (loaded)
    out.push(
      `:param marker => ${cypherLiteral({ key: loadMarker.key, ...loaded })}`,
      statement('model/graph-load/mark').replace(/\$(\w+)/g, '$marker.$1'),
      '',
    );
  return `${out.join('\n')}\n`;
}
