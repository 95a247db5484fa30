// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $keys AS key
MATCH (n:Passage {key: key})
RETURN key, n AS node
