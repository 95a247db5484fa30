// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (a:Criterion)-[r:APPLIES_TO]->(b:ProviderType)
WHERE b.key IN $keys
RETURN b.key AS key, a AS node, r AS rel
ORDER BY key, a.key
