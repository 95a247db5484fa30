// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:PolicyChange {key: row.fromKey})
MATCH (b:Milestone {key: row.toKey})
MERGE (a)-[r:AFFECTS]->(b)
