// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:Alliance {key: row.fromKey})
MATCH (b:Region {key: row.toKey})
MERGE (a)-[r:IN_REGION]->(b)
