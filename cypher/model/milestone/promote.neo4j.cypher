// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedMilestone)
REMOVE n:Offstage:StagedMilestone
SET n:Milestone
