// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:Amendment {key: row.fromKey})
MATCH (b:Policy {key: row.toKey})
MERGE (a)-[r:AMENDS]->(b)
