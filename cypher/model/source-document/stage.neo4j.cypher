// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Offstage:StagedSourceDocument {key: row.key})
SET n.fileName = row.fileName,
    n.title = row.title,
    n.publisher = row.publisher,
    n.yearsText = row.yearsText,
    n.careDomain = row.careDomain,
    n.lineCount = row.lineCount,
    n.sha256 = row.sha256,
    n.reviewed = row.reviewed
