// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $keys AS key
MATCH (a:Amendment {key: key})-[r:AFFECTS]->(b:Criterion)
RETURN key, b AS node, r AS rel
ORDER BY key, b.key
