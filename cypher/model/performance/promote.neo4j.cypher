// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedPerformance)
REMOVE n:Offstage:StagedPerformance
SET n:Performance
