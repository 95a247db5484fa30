// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:SourceDocument {key: row.fromKey})
MATCH (b:CareType {key: row.toKey})
MERGE (a)-[r:MENTIONS]->(b)
