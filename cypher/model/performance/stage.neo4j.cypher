// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Offstage:StagedPerformance {key: row.key})
SET n.name = row.name,
    n.nameEn = row.nameEn,
    n.status = row.status,
    n.financing = row.financing,
    n.contractingLevel = row.contractingLevel,
    n.amounts = row.amounts,
    n.description = row.description,
    n.curatorNote = row.curatorNote,
    n.reviewed = row.reviewed,
    n.sourceDocument = row.sourceDocument,
    n.lineStart = row.lineStart,
    n.lineEnd = row.lineEnd,
    n.quote = row.quote
