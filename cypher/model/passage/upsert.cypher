// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Passage {key: row.key})
SET n.firstLine = row.firstLine,
    n.lastLine = row.lastLine,
    n.text = row.text,
    n.heading = row.heading,
    n.statementCount = row.statementCount,
    n.reviewed = row.reviewed
