// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Theme)
REMOVE n:Theme
SET n:Offstage
