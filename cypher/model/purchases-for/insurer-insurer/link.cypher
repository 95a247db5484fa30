// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:Insurer {key: row.fromKey})
MATCH (b:Insurer {key: row.toKey})
MERGE (a)-[r:PURCHASES_FOR]->(b)
