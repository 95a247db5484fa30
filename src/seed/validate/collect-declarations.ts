import { graphModel, nodeLabels } from '../../model/graph-model';
import { labelBySeedSection, nodeSpec } from '../../model/derive';
import type { SeedFile, SeedProblem } from '../read-seed';
import { recordSchemas } from '../seed-schema';
import type { DocumentSource } from './collect-documents';
import { schemaProblems, type DeclaredData, type Declaration } from './declaration';

/**
 * Every record the model accepts, as a declaration of its node. A file's own document comes from its
 * `document` section, every other node from a list named after its kind (`criteria`, `insurers`, ...).
 */
export function collectDeclarations(
  files: SeedFile[],
  documents: Map<string, DocumentSource>,
  problems: SeedProblem[],
): Declaration[] {
  const declarations: Declaration[] = [];
  for (const f of files) {
    const docKey = f.document ? String(f.document.data.key) : undefined;
    if (f.document && docKey && documents.has(docKey)) {
      declarations.push({
        label: 'SourceDocument',
        record: f.document,
        data: { ...f.document.data, key: docKey },
        docKey,
      });
    }
    for (const record of f.records) {
      const label = labelBySeedSection(record.section);
      if (!label || label === 'SourceDocument' || nodeSpec(label).derivedFromSourceText) {
        const sections = nodeLabels
          .filter((l) => l !== 'SourceDocument' && !nodeSpec(l).derivedFromSourceText)
          .map((l) => graphModel.nodes[l].plural);
        problems.push({
          file: f.file,
          line: record.line,
          message: `unknown section "${record.section}" (expected document or one of ${sections.join(', ')})`,
        });
        continue;
      }
      // A shared node is put together from several declarations, so each one may be partial.
      const schema = nodeSpec(label).shared
        ? recordSchemas[label].partial().required({ key: true })
        : recordSchemas[label];
      const parsed = schema.safeParse(record.data);
      if (!parsed.success) {
        problems.push(...schemaProblems(record, parsed.error));
        continue;
      }
      // Every record schema (seed-schema.ts) requires a key and checks `cite` with citeSchema.
      const data = parsed.data as DeclaredData;
      declarations.push({ label, record, data, docKey });
    }
  }
  return declarations;
}
