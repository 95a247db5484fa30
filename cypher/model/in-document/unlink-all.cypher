// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH ()-[r:IN_DOCUMENT]->()
DELETE r
