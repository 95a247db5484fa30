// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (a:Passage)-[r:IN_DOCUMENT]->(b:SourceDocument)
WHERE b.key IN $keys
RETURN b.key AS key, a AS node, r AS rel
ORDER BY key, a.key
