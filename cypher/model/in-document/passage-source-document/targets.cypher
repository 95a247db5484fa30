// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $keys AS key
MATCH (a:Passage {key: key})
OPTIONAL MATCH (a)-[r:IN_DOCUMENT]->(b:SourceDocument)
WITH key, b, r
WHERE b IS NOT NULL
RETURN key, b AS node, r AS rel
ORDER BY key, b.key
