// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Offstage:StagedMilestone {key: row.key})
SET n.date = row.date,
    n.dateEnd = row.dateEnd,
    n.dateText = row.dateText,
    n.dateQualifier = row.dateQualifier,
    n.datePrecision = row.datePrecision,
    n.datePart = row.datePart,
    n.term = row.term,
    n.termFrom = row.termFrom,
    n.kind = row.kind,
    n.action = row.action,
    n.actor = row.actor,
    n.channel = row.channel,
    n.audience = row.audience,
    n.curatorNote = row.curatorNote,
    n.reviewed = row.reviewed,
    n.sourceDocument = row.sourceDocument,
    n.lineStart = row.lineStart,
    n.lineEnd = row.lineEnd,
    n.quote = row.quote
