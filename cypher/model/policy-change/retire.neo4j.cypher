// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:PolicyChange)
REMOVE n:PolicyChange
SET n:Offstage
