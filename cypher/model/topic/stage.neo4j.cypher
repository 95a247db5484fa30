// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MERGE (n:Offstage:StagedTopic {key: row.key})
SET n.nameNl = row.nameNl,
    n.nameEn = row.nameEn,
    n.description = row.description,
    n.reviewed = row.reviewed
