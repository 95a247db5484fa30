// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH ()-[r:ON_BEHALF_OF]->()
DELETE r
