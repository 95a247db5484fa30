// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Passage)
WHERE NOT n.key IN $keys
DETACH DELETE n
