// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
UNWIND $keys AS key
MATCH (a:Amendment)-[r:AMENDS]->(b:Policy {key: key})
RETURN key, a AS node, r AS rel
ORDER BY key, a.key
