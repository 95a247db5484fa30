// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Passage)
RETURN n AS node
ORDER BY n.key
SKIP $skip
LIMIT $limit
