// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $rows AS row
MATCH (a:Contact {key: row.fromKey})
MATCH (b:ProviderType {key: row.toKey})
MERGE (a)-[r:FOR_PROVIDER_TYPE]->(b)
