// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (a:Contact)-[r:FOR_PROVIDER_TYPE]->(b:ProviderType)
WHERE b.key IN $keys
RETURN b.key AS key, a AS node, r AS rel
ORDER BY key, a.key
