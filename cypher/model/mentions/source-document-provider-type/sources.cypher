// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $keys AS key
MATCH (a:SourceDocument)-[r:MENTIONS]->(b:ProviderType {key: key})
RETURN key, a AS node, r AS rel
ORDER BY key, a.key
