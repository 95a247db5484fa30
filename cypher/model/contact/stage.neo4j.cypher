// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Offstage:StagedContact {key: row.key})
SET n.subject = row.subject,
    n.department = row.department,
    n.emails = row.emails,
    n.phones = row.phones,
    n.url = row.url,
    n.channel = row.channel,
    n.openingHours = row.openingHours,
    n.curatorNote = row.curatorNote,
    n.reviewed = row.reviewed,
    n.sourceDocument = row.sourceDocument,
    n.lineStart = row.lineStart,
    n.lineEnd = row.lineEnd,
    n.quote = row.quote
