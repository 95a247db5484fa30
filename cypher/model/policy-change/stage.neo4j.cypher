// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Offstage:StagedPolicyChange {key: row.key})
SET n.subject = row.subject,
    n.before = row.before,
    n.after = row.after,
    n.description = row.description,
    n.effect = row.effect,
    n.curatorNote = row.curatorNote,
    n.reviewed = row.reviewed,
    n.sourceDocument = row.sourceDocument,
    n.lineStart = row.lineStart,
    n.lineEnd = row.lineEnd,
    n.quote = row.quote
