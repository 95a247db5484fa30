// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Milestone)
REMOVE n:Milestone
SET n:Offstage
