// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (m:GraphLoad {key: $key})
RETURN m.fingerprint AS fingerprint, m.loadedAt AS loadedAt, m.nodeCount AS nodeCount, m.relationshipCount AS relationshipCount
