// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Amendment)
REMOVE n:Amendment
SET n:Offstage
