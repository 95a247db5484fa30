// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Performance)
REMOVE n:Performance
SET n:Offstage
