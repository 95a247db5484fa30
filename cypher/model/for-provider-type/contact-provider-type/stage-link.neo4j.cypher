// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:Offstage:StagedContact {key: row.fromKey})
MATCH (b:Offstage:StagedProviderType {key: row.toKey})
MERGE (a)-[r:FOR_PROVIDER_TYPE]->(b)
SET r.sourceDocument = row.sourceDocument,
    r.lineStart = row.lineStart,
    r.lineEnd = row.lineEnd,
    r.quote = row.quote
