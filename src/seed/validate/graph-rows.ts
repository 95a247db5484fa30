import type { NodeLabel, RelationshipType } from '../../model/graph-model';
import { perLabel } from '../../model/derive';
import type { SeedProblem } from '../read-seed';

export type Row = Record<string, unknown>;

export interface RelationshipBatch {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: Row[];
}

/** The validated seed as rows ready to write, one list per node label and per relationship end-point pair. */
export interface SeedGraph {
  nodes: Record<NodeLabel, Row[]>;
  relationships: RelationshipBatch[];
}

export interface SeedValidation {
  graph: SeedGraph;
  problems: SeedProblem[];
  files: string[];
  /** Validated with drafts (src/seed/validate/with-drafts.ts): what became of each draft. */
  drafts?: DraftOutcome[];
}

/** A draft loaded with the seed: how many of its records the graph holds, and which were left out and why. */
export interface DraftOutcome {
  /** The draft's file under the seed folder, e.g. drafts/vgz-msz-2025.yaml. */
  file: string;
  /** Its records in the graph (document, policy, entries), and how many of them no curator has reviewed. */
  loaded: number;
  unreviewed: number;
  /** One problem per entry left out: its first, with the others in its message. */
  skipped: SeedProblem[];
  /** Why the whole draft was left out: a problem of the file, its document or its policy, which every entry needs. */
  refused: SeedProblem[];
}

/** The rows found so far; relationship batches keep the order in which their first row was found. */
export class GraphRows {
  readonly nodes = perLabel((): Row[] => []);
  private readonly batches = new Map<string, RelationshipBatch>();

  link(type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel, row: Row): void {
    const id = `${type}|${fromLabel}|${toLabel}`;
    const batch = this.batches.get(id) ?? { type, fromLabel, toLabel, rows: [] };
    this.batches.set(id, batch);
    batch.rows.push(row);
  }

  rowsOf(type: RelationshipType): Row[] {
    return this.relationships()
      .filter((b) => b.type === type)
      .flatMap((b) => b.rows);
  }

  relationships(): RelationshipBatch[] {
    return [...this.batches.values()];
  }
}

/**
 * A shared node declared in two files links to the same targets twice, and a document may cite a shared
 * node at several places: the graph holds one relationship per pair (the loader MERGEs), so keep one
 * row per pair, the first cited.
 */
export function onePerPair(batch: RelationshipBatch): RelationshipBatch {
  const seen = new Map<string, Row>();
  for (const row of batch.rows) {
    const id = `${String(row.fromKey)}>${String(row.toKey)}`;
    const earlier = seen.get(id);
    if (!earlier || (earlier.quote == null && row.quote != null)) seen.set(id, row);
  }
  return { ...batch, rows: [...seen.values()] };
}
