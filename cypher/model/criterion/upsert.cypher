// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Criterion {key: row.key})
SET n.text = row.text,
    n.kind = row.kind,
    n.party = row.party,
    n.partyName = row.partyName,
    n.force = row.force,
    n.forceWords = row.forceWords,
    n.forceReason = row.forceReason,
    n.heading = row.heading,
    n.curatorNote = row.curatorNote,
    n.reviewed = row.reviewed
