// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:Criterion {key: row.fromKey})
MATCH (b:Stakeholder {key: row.toKey})
MERGE (a)-[r:REFERS_TO]->(b)
