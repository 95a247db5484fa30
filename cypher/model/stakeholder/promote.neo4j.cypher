// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedStakeholder)
REMOVE n:Offstage:StagedStakeholder
SET n:Stakeholder
