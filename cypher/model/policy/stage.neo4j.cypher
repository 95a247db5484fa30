// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Offstage:StagedPolicy {key: row.key})
SET n.title = row.title,
    n.kind = row.kind,
    n.years = row.years,
    n.contractPeriod = row.contractPeriod,
    n.publishedOn = row.publishedOn,
    n.publicationText = row.publicationText,
    n.reconstructed = row.reconstructed,
    n.reconstructionNote = row.reconstructionNote,
    n.curatorNote = row.curatorNote,
    n.reviewed = row.reviewed,
    n.sourceDocument = row.sourceDocument,
    n.lineStart = row.lineStart,
    n.lineEnd = row.lineEnd,
    n.quote = row.quote
