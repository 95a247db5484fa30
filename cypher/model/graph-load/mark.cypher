// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MERGE (m:GraphLoad {key: $key})
SET m.fingerprint = $fingerprint,
    m.loadedAt = $loadedAt,
    m.nodeCount = $nodeCount,
    m.relationshipCount = $relationshipCount
