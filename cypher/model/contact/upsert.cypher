// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Contact {key: row.key})
SET n.subject = row.subject,
    n.department = row.department,
    n.emails = row.emails,
    n.phones = row.phones,
    n.url = row.url,
    n.channel = row.channel,
    n.openingHours = row.openingHours,
    n.curatorNote = row.curatorNote,
    n.reviewed = row.reviewed
