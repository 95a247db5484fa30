import type { SeedFile, SeedProblem } from '../read-seed';
import { recordSchemas } from '../seed-schema';
import { readSourceText, sourceFile, type SourceText } from '../source-text';
import { schemaProblems } from './declaration';

export interface DocumentSource {
  text: SourceText;
  /** The seed file that curates the document. */
  file: string;
}

/** The source documents the files curate, by key, each with its text: one file per document. */
export function collectDocuments(
  files: SeedFile[],
  sourcesDir: string,
  problems: SeedProblem[],
): Map<string, DocumentSource> {
  const documents = new Map<string, DocumentSource>();
  for (const f of files) {
    if (!f.document) continue;
    const parsed = recordSchemas.SourceDocument.safeParse(f.document.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(f.document, parsed.error));
      continue;
    }
    // The schema requires both as text.
    const key = String(parsed.data.key);
    const fileName = String(parsed.data.fileName);
    const where = { file: f.file, line: f.document.line, record: `document ${key}` };
    const earlier = documents.get(key);
    if (earlier) {
      problems.push({ ...where, field: 'key', message: `document ${key} is already curated in ${earlier.file}` });
      continue;
    }
    const found = sourceFile(sourcesDir, fileName);
    if ('problem' in found) {
      problems.push({ ...where, field: 'fileName', message: found.problem });
      continue;
    }
    documents.set(key, { text: readSourceText(found.path, fileName), file: f.file });
  }
  return documents;
}
