// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:Passage {key: row.fromKey})
MATCH (b:SourceDocument {key: row.toKey})
MERGE (a)-[r:IN_DOCUMENT]->(b)
