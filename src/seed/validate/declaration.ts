import type { ZodError } from 'zod';
import type { NodeLabel } from '../../model/graph-model';
import { recordName, type SeedProblem, type SeedRecord } from '../read-seed';
import type { Cite } from '../seed-schema';

/** A record's fields once its schema accepted them: every record has a key, and a cited one its citation. */
export interface DeclaredData {
  key: string;
  cite?: Cite;
  [field: string]: unknown;
}

/** One record that declares a node, as it stands in one seed file. */
export interface Declaration {
  label: NodeLabel;
  record: SeedRecord;
  data: DeclaredData;
  /** The document of the file the record stands in: its citations point there unless they name another. */
  docKey?: string;
}

/**
 * A node as the seed defines it. For a shared node, `node` is the merge of its declarations and
 * `sources` are the declarations, each with where its document mentions the node; otherwise both are
 * the one declaration.
 */
export interface Definition {
  node: Declaration;
  sources: Declaration[];
}

export function problemAt(d: Declaration, field: string, message: string): SeedProblem {
  return {
    file: d.record.file,
    line: d.record.line,
    record: `${d.record.section}[${d.record.index}] ${d.data.key}`,
    field,
    message,
  };
}

export function schemaProblems(record: SeedRecord, error: ZodError): SeedProblem[] {
  return error.issues.map((issue) => ({
    file: record.file,
    line: record.line,
    record: recordName(record.section, record.index, record.data.key),
    field: issue.path.join('.') || undefined,
    message: issue.message,
  }));
}
