// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Passage)
RETURN count(n) AS total
