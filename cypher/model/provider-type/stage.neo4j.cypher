// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Offstage:StagedProviderType {key: row.key})
SET n.nameNl = row.nameNl,
    n.nameEn = row.nameEn,
    n.abbreviation = row.abbreviation,
    n.reviewed = row.reviewed,
    n.sourceDocument = row.sourceDocument,
    n.lineStart = row.lineStart,
    n.lineEnd = row.lineEnd,
    n.quote = row.quote
