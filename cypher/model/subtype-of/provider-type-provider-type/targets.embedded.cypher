// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (a:ProviderType)-[r:SUBTYPE_OF]->(b:ProviderType)
WHERE a.key IN $keys
RETURN a.key AS key, b AS node, r AS rel
ORDER BY key, b.key
