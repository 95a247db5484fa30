// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (n:Contact {key: row.key})
SET n.sourceDocument = row.sourceDocument,
    n.lineStart = row.lineStart,
    n.lineEnd = row.lineEnd,
    n.quote = row.quote
